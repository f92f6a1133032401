package io.github.camelcallfire.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * POST, GET and DELETE of /v2/webhooks as the CallFire API answers them (201 {"id":N}, a page, 204), for the tests
 * that register webhooks until the sandbox serves the webhooks API. The tests read what was registered through
 * GET /v2/webhooks, as they will from the sandbox.
 */
final class WebhooksApiStub implements AutoCloseable {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<Long, ObjectNode> webhooks = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong(4200);
    private final HttpServer server;

    WebhooksApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/webhooks", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v2";
    }

    private void handle(HttpExchange http) throws IOException {
        try (http) {
            if (http.getRequestHeaders().getFirst("Authorization") == null) {
                answer(http, 401, "{\"httpStatusCode\":401,\"internalCode\":0,\"message\":\"Unauthorized\"}");
                return;
            }
            String path = http.getRequestURI().getPath();
            String method = http.getRequestMethod();
            if ("POST".equals(method) && path.equals("/v2/webhooks")) {
                ObjectNode webhook = (ObjectNode) mapper.readTree(http.getRequestBody());
                long id = ids.incrementAndGet();
                webhook.put("id", id);
                webhooks.put(id, webhook);
                answer(http, 201, "{\"id\":" + id + "}");
            } else if ("GET".equals(method) && path.equals("/v2/webhooks")) {
                // the filters CallFire documents for GET /webhooks that the component uses
                Map<String, String> query = query(http.getRequestURI().getRawQuery());
                ObjectNode page = mapper.createObjectNode();
                page.putArray("items").addAll(webhooks.values().stream()
                        .filter(webhook -> !query.containsKey("callback")
                                || query.get("callback").equals(webhook.path("callback").asText()))
                        .filter(webhook -> !query.containsKey("resource")
                                || query.get("resource").equalsIgnoreCase(webhook.path("resource").asText()))
                        .toList());
                page.put("limit", 100).put("offset", 0).put("totalCount", webhooks.size());
                answer(http, 200, mapper.writeValueAsString(page));
            } else if ("DELETE".equals(method) && path.startsWith("/v2/webhooks/")) {
                JsonNode removed = webhooks.remove(Long.parseLong(path.substring("/v2/webhooks/".length())));
                if (removed == null) {
                    answer(http, 404, "{\"httpStatusCode\":404,\"internalCode\":0,\"message\":\"Not found\"}");
                } else {
                    http.sendResponseHeaders(204, -1);
                }
            } else {
                answer(http, 404, "{\"httpStatusCode\":404,\"internalCode\":0,\"message\":\"Not found\"}");
            }
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new java.util.HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(java.net.URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    /** Registers a webhook as another client would (a run that crashed before deleting its own). */
    long add(String json) throws IOException {
        ObjectNode webhook = (ObjectNode) mapper.readTree(json);
        long id = ids.incrementAndGet();
        webhook.put("id", id);
        webhooks.put(id, webhook);
        return id;
    }

    private static void answer(HttpExchange http, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().set("Content-Type", "application/json");
        http.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
