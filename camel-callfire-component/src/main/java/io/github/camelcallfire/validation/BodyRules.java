package io.github.camelcallfire.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import java.util.function.UnaryOperator;

/**
 * Checks a JSON request body before it is sent: it must be JSON of the right shape within {@link JsonLimits}, and
 * recipients (of broadcasts and lists) must carry phone numbers CallFire accepts. Streams are not read here (they could
 * not be sent afterwards), uploads are checked where their parts are built, and the recipients of texts/send and
 * calls/send by {@link RecipientRules}.
 */
public final class BodyRules {

    private static final List<String> NUMBER_FIELDS = List.of("phoneNumber", "fromNumber");

    private final ObjectMapper mapper;
    private final JsonLimits limits = new JsonLimits();

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
        if (body == null || body instanceof InputStream) {
            return;
        }
        boolean array = spec.kind() == BodySpec.Kind.JSON_ARRAY;
        if (array && body instanceof Collection<?> elements && !elements.isEmpty()
                && elements.stream().allMatch(BodyRules::isFlatMap)) {
            checkFlatMaps(operation, elements);
            return;
        }
        JsonNode tree = tree(operation, body);
        reject(operation, JsonLimits.check(tree));
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
            checkRecipient(operation, where, field -> {
                JsonNode value = element.get(field);
                return value != null && value.isTextual() ? value.asText() : null;
            });
        }
    }

    /**
     * Maps of strings, numbers and booleans, as a List body of plain numbers becomes, are checked as they are: a
     * JSON tree of each (100,000 for a large send) would tell nothing more, and they are sure to be writable.
     */
    private static boolean isFlatMap(Object element) {
        if (!(element instanceof Map<?, ?> map)) {
            return false;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object value = entry.getValue();
            if (!(entry.getKey() instanceof String)
                    || value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                return false;
            }
        }
        return true;
    }

    private static void checkFlatMaps(CallfireOperation operation, Collection<?> elements) {
        int index = 0;
        for (Object element : elements) {
            Map<?, ?> map = (Map<?, ?>) element;
            String where = "body[" + index++ + "]";
            checkRecipient(operation, where, field -> map.get(field) instanceof String text ? text : null);
            reject(operation, JsonLimits.checkStrings(where, map));
        }
    }

    /** @param textField the value of a field when it is a JSON string, else null */
    private static void checkRecipient(CallfireOperation operation, String where, UnaryOperator<String> textField) {
        for (String field : NUMBER_FIELDS) {
            String number = textField.apply(field);
            if (number != null) {
                String problem = TextRules.phoneNumberProblem(number);
                if (problem != null) {
                    throw invalid(operation, where + "." + field, ValueQuote.quote(number) + " " + problem);
                }
            }
        }
    }

    private JsonNode tree(CallfireOperation operation, Object body) {
        if (isRawJson(body)) {
            byte[] json = body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) body;
            if (new String(json, StandardCharsets.UTF_8).isBlank()) {
                throw invalid(operation, "body", "is empty; give " + expected(operation));
            }
            return parse(operation, json);
        }
        Class<?> type = operation.body().type();
        boolean accepted = body instanceof Map<?, ?> || body instanceof JsonNode || type.isInstance(body)
                || operation.body().kind() == BodySpec.Kind.JSON_ARRAY
                && (body instanceof Collection<?> || body.getClass().isArray());
        if (!accepted) {
            throw invalid(operation, "body", "is a " + body.getClass().getName() + "; give " + expected(operation));
        }
        reject(operation, JsonLimits.checkDepth(body));
        try {
            return mapper.valueToTree(body);
        } catch (IllegalArgumentException e) {
            String reason = e.getCause() instanceof JsonProcessingException json ? json.getOriginalMessage()
                    : e.getMessage();
            throw invalid(operation, "body", "cannot be written as JSON: " + ValueQuote.quote(reason));
        }
    }

    private JsonNode parse(CallfireOperation operation, byte[] json) {
        try (JsonParser parser = limits.parser(json)) {
            try {
                return mapper.readTree(parser);
            } catch (StreamConstraintsException e) {
                // a limit of the parser, not a syntax error: it has no location, but the parser knows where it stopped
                reject(operation, JsonLimits.tooDeep(parser));
                throw invalid(operation, "body", "exceeds a limit of the JSON parser: " + e.getOriginalMessage());
            }
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String at = location == null ? "" : " at line " + location.getLineNr() + ", column "
                    + location.getColumnNr();
            throw invalid(operation, "body", "is not valid JSON (" + e.getOriginalMessage() + at + "); give "
                    + expected(operation));
        } catch (IOException e) {
            throw invalid(operation, "body", "cannot be read as JSON: " + e.getMessage());
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

    private static void reject(CallfireOperation operation, JsonLimits.Violation violation) {
        if (violation != null) {
            throw invalid(operation, violation.where(), violation.problem());
        }
    }

    private static InvalidRequestException invalid(CallfireOperation operation, String where, String problem) {
        return new InvalidRequestException(operation.operationId(), where, "callfire:" + operation.uriPath() + " ("
                + operation.operationId() + "): " + where + " " + problem + ".");
    }
}
