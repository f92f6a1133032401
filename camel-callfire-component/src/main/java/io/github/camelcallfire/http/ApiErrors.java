package io.github.camelcallfire.http;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelcallfire.model.ErrorMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Turns a non-2xx response into a {@link CallfireApiException}. */
public final class ApiErrors {

    private final ObjectReader errorReader;

    public ApiErrors(ObjectReader errorReader) {
        this.errorReader = errorReader.forType(ErrorMessage.class);
    }

    public CallfireApiException toException(int status, byte[] body, String operationId, String requestPath) {
        ErrorMessage error = parse(body);
        if (error != null) {
            return new CallfireApiException(status, error.getInternalCode(), error.getMessage(),
                    error.getDeveloperMessage(), error.getHelpLink(), operationId, requestPath);
        }
        String raw = body.length == 0 ? null : new String(body, StandardCharsets.UTF_8).trim();
        return new CallfireApiException(status, null, raw, null, null, operationId, requestPath);
    }

    private ErrorMessage parse(byte[] body) {
        if (body.length == 0 || body[0] != '{') {
            return null;
        }
        try {
            ErrorMessage error = errorReader.readValue(body);
            boolean recognised = error.getMessage() != null || error.getInternalCode() != null
                    || error.getDeveloperMessage() != null;
            return recognised ? error : null;
        } catch (IOException notCallfireJson) {
            return null;
        }
    }
}
