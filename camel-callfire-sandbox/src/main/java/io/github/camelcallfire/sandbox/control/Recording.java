package io.github.camelcallfire.sandbox.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.github.camelcallfire.sandbox.http.Json;

/**
 * One recording of {@code POST /sandbox/recordings}: keeps the bodies of the API requests it matches ({@code path}
 * regex over the full path, optional {@code method}) exactly as they arrived, before the sandbox handles (or refuses)
 * them; at most {@value #MAX_REQUESTS}.
 */
public final class Recording extends RequestRule {

    static final int MAX_REQUESTS = 1000;

    private final List<Received> items = new ArrayList<>();

    /** A request as it arrived: its body as JSON, or as text when it is no JSON ({@code null} when empty). */
    public record Received(String method, String path, String query, JsonNode body) {
    }

    void validate(long assignedId) {
        assign(assignedId);
    }

    synchronized void add(String requestMethod, String requestPath, String query, byte[] body) {
        if (items.size() < MAX_REQUESTS) {
            items.add(new Received(requestMethod, requestPath, query, parse(body)));
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            return TextNode.valueOf(new String(body, StandardCharsets.UTF_8));
        }
    }

    /** The requests received so far, oldest first. */
    public synchronized List<Received> getItems() {
        return List.copyOf(items);
    }

    /** The bodies received so far, oldest first. */
    public List<JsonNode> bodies() {
        return getItems().stream().map(Received::body).toList();
    }
}
