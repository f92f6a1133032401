package io.github.camelcallfire.sandbox.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

/** Writing answers onto JDK HttpServer exchanges. */
public final class Exchanges {

    /** For an exchange of another server than the gateway (which enforces its own limit): larger bodies are refused. */
    static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    private Exchanges() {
    }

    public static byte[] readBody(HttpExchange exchange) throws IOException {
        if (exchange instanceof GatewayExchange read) {
            // the gateway read it whole, within its limits
            return read.bodyBytes();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] data = in.readNBytes(MAX_BODY_BYTES + 1);
            if (data.length > MAX_BODY_BYTES) {
                throw new ApiError(413, 0, "Request body larger than " + MAX_BODY_BYTES + " bytes", null);
            }
            return data;
        }
    }

    public static void sendError(HttpExchange exchange, ApiError error) throws IOException {
        sendJson(exchange, error.status(), ErrorBody.of(error), Map.of());
    }

    public static void sendJson(HttpExchange exchange, int status, JsonNode body, Map<String, String> headers)
            throws IOException {
        send(exchange, status, "application/json", Json.MAPPER.writeValueAsBytes(body), headers);
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] data,
                            Map<String, String> headers) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean empty = data == null || data.length == 0;
        if (!empty && contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean noBody = empty || status == 204 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, noBody ? -1 : data.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(data);
            }
        }
        exchange.close();
    }
}
