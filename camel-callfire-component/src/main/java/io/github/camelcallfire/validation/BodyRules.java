package io.github.camelcallfire.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.operation.BodySpec;
import io.github.camelcallfire.operation.CallfireOperation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON request body before it is sent: it must be JSON of the right shape, and the recipients of sends must
 * carry phone numbers CallFire accepts and messages of a sane length. Streams are not read here (they could not be
 * sent afterwards) and uploads are checked where their parts are built.
 */
public final class BodyRules {

    /**
     * Ten SMS segments. CallFire splits longer texts (bigMessageStrategy SEND_MULTIPLE) and bills each part, so a
     * message longer than this is far more likely a bug (a whole document as body) than intended.
     */
    public static final int MAX_TEXT_MESSAGE_CHARS = 1600;

    private final ObjectMapper mapper;

    public BodyRules(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @throws InvalidRequestException naming what is wrong with the body and what the operation takes
     */
    public void check(CallfireOperation operation, Object[] arguments, Object body) {
        BodySpec spec = operation.body();
        if (spec.kind() != BodySpec.Kind.JSON && spec.kind() != BodySpec.Kind.JSON_ARRAY) {
            return;
        }
        checkMessage(operation, "defaultMessage", argument(operation, arguments, "defaultMessage"));
        if (body == null || body instanceof InputStream) {
            return;
        }
        boolean array = spec.kind() == BodySpec.Kind.JSON_ARRAY;
        JsonNode tree = tree(operation, body);
        if (array && !tree.isArray() && isRawJson(body)) {
            throw invalid(operation, "body", "must be a JSON array of " + spec.type().getSimpleName() + ", but is "
                    + describe(tree));
        }
        if (!array && !tree.isObject()) {
            throw invalid(operation, "body", "must be a JSON object (" + spec.type().getSimpleName() + "), but is "
                    + describe(tree));
        }
        if (array) {
            checkElements(operation, tree.isArray() ? tree : mapper.createArrayNode().add(tree));
        }
    }

    private void checkElements(CallfireOperation operation, JsonNode elements) {
        if (elements.isEmpty()) {
            throw invalid(operation, "body", "is an empty list; give at least one "
                    + operation.body().type().getSimpleName());
        }
        int index = 0;
        for (JsonNode element : elements) {
            String where = "body[" + index++ + "]";
            if (!element.isObject()) {
                throw invalid(operation, where, "is " + describe(element) + ", not an object with the fields of "
                        + operation.body().type().getSimpleName() + " (e.g. {\"phoneNumber\":\"12135551100\"})");
            }
            for (String field : List.of("phoneNumber", "fromNumber")) {
                JsonNode number = element.get(field);
                if (number != null && number.isTextual()) {
                    String problem = TextRules.phoneNumberProblem(number.asText());
                    if (problem != null) {
                        throw invalid(operation, where + "." + field, "'" + number.asText() + "' " + problem);
                    }
                }
            }
            if (operation == CallfireOperation.SEND_TEXTS && element.hasNonNull("message")) {
                checkMessage(operation, where + ".message", element.get("message").asText());
            }
        }
    }

    private static void checkMessage(CallfireOperation operation, String where, Object message) {
        if (operation == CallfireOperation.SEND_TEXTS && message instanceof String text
                && text.length() > MAX_TEXT_MESSAGE_CHARS) {
            throw invalid(operation, where, "is " + text.length() + " characters long; texts are limited to "
                    + MAX_TEXT_MESSAGE_CHARS + " (10 SMS segments, each billed). Shorten it or send a link");
        }
    }

    private JsonNode tree(CallfireOperation operation, Object body) {
        if (isRawJson(body)) {
            byte[] json = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) body;
            if (new String(json, StandardCharsets.UTF_8).isBlank()) {
                throw invalid(operation, "body", "is empty; give " + expected(operation));
            }
            try {
                return mapper.readTree(json);
            } catch (JsonProcessingException e) {
                throw invalid(operation, "body", "is not valid JSON (" + e.getOriginalMessage() + " at line "
                        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "); give "
                        + expected(operation));
            } catch (IOException e) {
                throw invalid(operation, "body", "cannot be read as JSON: " + e.getMessage());
            }
        }
        Class<?> type = operation.body().type();
        boolean accepted = body instanceof Map<?, ?> || body instanceof JsonNode || type.isInstance(body)
                || operation.body().kind() == BodySpec.Kind.JSON_ARRAY
                && (body instanceof Collection<?> || body.getClass().isArray());
        if (!accepted) {
            throw invalid(operation, "body", "is a " + body.getClass().getName() + "; give " + expected(operation));
        }
        try {
            return mapper.valueToTree(body);
        } catch (IllegalArgumentException e) {
            throw invalid(operation, "body", "cannot be written as JSON: " + e.getMessage());
        }
    }

    private static boolean isRawJson(Object body) {
        return body instanceof String || body instanceof byte[];
    }

    private static String expected(CallfireOperation operation) {
        return operation.body().describe() + " (or a Map, or its JSON as String, byte[] or InputStream)";
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "null";
        };
    }

    private static Object argument(CallfireOperation operation, Object[] arguments, String name) {
        int index = operation.indexOf(name);
        return index < 0 ? null : arguments[index];
    }

    private static InvalidRequestException invalid(CallfireOperation operation, String where, String problem) {
        return new InvalidRequestException(operation.operationId(), where, "callfire:" + operation.uriPath() + " ("
                + operation.operationId() + "): " + where + " " + problem + ".");
    }
}
