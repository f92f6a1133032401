package io.github.camelcallfire.operation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.camelcallfire.http.UploadEntities;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a message body into the request entity an operation expects. */
final class RequestBodies {

    private final ObjectWriter writer;

    RequestBodies(ObjectWriter writer) {
        this.writer = writer;
    }

    /** The entity to send, or null for operations without a body (a leftover message body is then ignored). */
    HttpEntity entity(CallfireOperation operation, Object[] arguments, Object body) {
        return switch (operation.body().kind()) {
            case NONE -> null;
            case MULTIPART -> multipart(operation, arguments, body);
            case JSON, JSON_ARRAY -> new ByteArrayEntity(json(operation, body), ContentType.APPLICATION_JSON);
        };
    }

    private byte[] json(CallfireOperation operation, Object body) {
        if (body == null) {
            throw new IllegalArgumentException("callfire:" + operation.uriPath() + " (" + operation.operationId()
                    + ") needs a body: " + operation.body().describe() + " (or its JSON as String, byte[] or InputStream)");
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        try {
            if (body instanceof InputStream stream) {
                try (stream) {
                    return stream.readAllBytes();
                }
            }
            boolean single = !(body instanceof Collection<?>) && !body.getClass().isArray();
            Object value = operation.body().kind() == BodySpec.Kind.JSON_ARRAY && single ? List.of(body) : body;
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("callfire:" + operation.uriPath() + ": cannot write the body of type "
                    + body.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("callfire:" + operation.uriPath() + ": cannot read the InputStream body", e);
        }
    }

    private static HttpEntity multipart(CallfireOperation operation, Object[] arguments, Object body) {
        Map<String, Object> textParts = new LinkedHashMap<>();
        String fileName = null;
        List<OperationParam> params = operation.params();
        for (int i = 0; i < params.size(); i++) {
            OperationParam param = params.get(i);
            if (param.location() == ParamLocation.FORM) {
                textParts.put(param.name(), arguments[i] == null ? null : ArgumentValues.toText(arguments[i]));
            } else if (param.name().equals("fileName") && arguments[i] != null) {
                fileName = ArgumentValues.toText(arguments[i]);
            }
        }
        return UploadEntities.multipart(body, fileName, textParts, "callfire:" + operation.uriPath());
    }
}
