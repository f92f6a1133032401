package io.github.camelcallfire.sandbox.numbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.http.ApiError;

/** Typed, optional fields of a JSON request object; a value of the wrong type is a 400 naming the field. */
public final class BodyFields {

    private final JsonNode body;

    private BodyFields(JsonNode body) {
        this.body = body;
    }

    public static BodyFields of(JsonNode body) {
        if (!body.isObject()) {
            throw ApiError.badRequest("Request body must be a JSON object");
        }
        return new BodyFields(body);
    }

    private Optional<JsonNode> present(String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public Optional<Boolean> bool(String name) {
        return present(name).map(v -> {
            if (!v.isBoolean()) {
                throw ApiError.badRequest("'" + name + "' must be true or false, got " + v);
            }
            return v.booleanValue();
        });
    }

    public Optional<String> text(String name) {
        return present(name).map(v -> {
            if (!v.isTextual()) {
                throw ApiError.badRequest("'" + name + "' must be a string, got " + v);
            }
            return v.textValue();
        });
    }

    public Optional<Long> number(String name) {
        return present(name).map(v -> {
            if (!v.canConvertToLong() || !v.isIntegralNumber()) {
                throw ApiError.badRequest("'" + name + "' must be a whole number, got " + v);
            }
            return v.longValue();
        });
    }

    public Optional<List<String>> texts(String name) {
        return present(name).map(v -> {
            if (!v.isArray()) {
                throw ApiError.badRequest("'" + name + "' must be an array of strings, got " + v);
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isTextual()) {
                    throw ApiError.badRequest("'" + name + "' must contain only strings, got " + item);
                }
                out.add(item.textValue());
            }
            return out;
        });
    }

    /** A JSON object field, as given. */
    public Optional<JsonNode> object(String name) {
        return present(name).map(v -> {
            if (!v.isObject()) {
                throw ApiError.badRequest("'" + name + "' must be a JSON object, got " + v);
            }
            return v;
        });
    }

    /** A string that must be one of {@code allowed}. */
    public Optional<String> oneOf(String name, String... allowed) {
        return text(name).map(v -> {
            if (!Arrays.asList(allowed).contains(v)) {
                throw ApiError.badRequest("'" + name + "' must be one of " + String.join(", ", allowed) + ", got '"
                        + v + "'");
            }
            return v;
        });
    }
}
