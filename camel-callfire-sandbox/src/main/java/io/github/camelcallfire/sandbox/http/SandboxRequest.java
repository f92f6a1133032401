package io.github.camelcallfire.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request to the {@code /v2} API, already routed. Accessors validate as CallFire does: a value that does not
 * parse is a 400 naming the parameter, a missing required one too.
 */
public final class SandboxRequest {

    private final String method;
    private final String path;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final byte[] body;
    private final String contentType;
    private final String rootUrl;

    public SandboxRequest(String method, String path, Map<String, String> pathParams, String rawQuery, byte[] body,
                          String contentType) {
        this(method, path, pathParams, rawQuery, body, contentType, null);
    }

    /** @param rootUrl {@code http://host:port} as the client addressed the sandbox, for URLs in answers */
    public SandboxRequest(String method, String path, Map<String, String> pathParams, String rawQuery, byte[] body,
                          String contentType, String rootUrl) {
        this.rootUrl = rootUrl;
        this.method = method;
        this.path = path;
        this.pathParams = pathParams;
        this.query = parseQuery(rawQuery);
        this.body = body == null ? new byte[0] : body;
        this.contentType = contentType;
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("Malformed percent-encoding in query string: " + s);
        }
    }

    public String method() {
        return method;
    }

    /** Path below {@code /v2}, e.g. {@code /texts/12}. */
    public String path() {
        return path;
    }

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    /** A numeric path parameter; anything else is a 400 (CallFire answers 400 for a non-numeric id). */
    public long pathLong(String name) {
        String value = pathParam(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Path parameter '" + name + "' must be a number, got '" + value + "'");
        }
    }

    /** {@code http://host:port} the client used, when known. */
    public Optional<String> rootUrl() {
        return Optional.ofNullable(rootUrl);
    }

    /** The first value of a query parameter; blank counts as absent. */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0));
    }

    /** Every value of a repeated parameter ({@code id=1&id=2}); comma-separated values are split as well. */
    public List<String> queryAll(String name) {
        List<String> out = new ArrayList<>();
        for (String v : query.getOrDefault(name, List.of())) {
            Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    public List<Long> queryLongs(String name) {
        List<Long> out = new ArrayList<>();
        for (String v : queryAll(name)) {
            out.add(parseLong(name, v));
        }
        return out;
    }

    public Optional<Long> queryLong(String name) {
        return query(name).map(v -> parseLong(name, v));
    }

    public Optional<Integer> queryInt(String name) {
        return queryLong(name).map(v -> {
            if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
                throw ApiError.badRequest("Query parameter '" + name + "' is out of range: " + v);
            }
            return v.intValue();
        });
    }

    public Optional<Boolean> queryBool(String name) {
        return query(name).map(v -> {
            if ("true".equalsIgnoreCase(v)) {
                return Boolean.TRUE;
            }
            if ("false".equalsIgnoreCase(v)) {
                return Boolean.FALSE;
            }
            throw ApiError.badRequest("Query parameter '" + name + "' must be true or false, got '" + v + "'");
        });
    }

    private static long parseLong(String name, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Query parameter '" + name + "' must be a number, got '" + v + "'");
        }
    }

    /** Requested field selection ({@code fields=items(id,state)}), applied to JSON answers by the dispatcher. */
    public Optional<String> fields() {
        return query("fields");
    }

    public byte[] body() {
        return body;
    }

    public String contentType() {
        return contentType;
    }

    /** The body as JSON; empty or malformed JSON is a 400. */
    public JsonNode json() {
        if (body.length == 0) {
            throw ApiError.badRequest("Request body is required", "Send a JSON body with Content-Type: application/json");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiError.badRequest("Request body is required");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("Malformed JSON in request body", e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("Unreadable request body", e.getMessage());
        }
    }

    /**
     * The JSON body bound to a type; a value of the wrong shape, an unknown enum constant or a value the type itself
     * refuses (an {@link IllegalArgumentException} of its creator, whose message then is the 400's) is a 400.
     */
    public <T> T json(Class<T> type) {
        JsonNode node = json();
        try {
            return Json.MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            String reason = e.getCause() instanceof IllegalArgumentException refused
                    ? refused.getMessage() : e.getOriginalMessage();
            throw ApiError.badRequest("Invalid request body: " + reason, e.getOriginalMessage());
        }
    }

    /** A JSON array body, each element checked to be an object. */
    public List<JsonNode> jsonArray() {
        JsonNode node = json();
        if (!node.isArray()) {
            throw ApiError.badRequest("Request body must be a JSON array");
        }
        List<JsonNode> out = new ArrayList<>();
        node.forEach(out::add);
        return out;
    }

    /** The body as {@code multipart/form-data}; anything else is a 400. */
    public Multipart multipart() {
        return Multipart.parse(contentType, body);
    }
}
