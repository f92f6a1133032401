package io.github.camelcallfire.sandbox.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.sandbox.control.FaultInjector;
import io.github.camelcallfire.sandbox.control.FaultPhase;

/**
 * Serves {@code /v2}: before-phase fault injection first (it simulates the network and the servers in front of the
 * API), then HTTP Basic auth, routing (404 unknown path, 405 wrong method), the handler, after-phase fault injection
 * on a successful answer (an answer lost on its way back), and JSON rendering with {@code fields}. Every error leaves
 * as CallFire's error JSON.
 */
public final class ApiDispatcher implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(ApiDispatcher.class.getName());
    static final String BASE_PATH = "/v2";
    private static final byte[] MALFORMED = "{\"items\":[{\"id\":12,\"state\":\"FIN".getBytes(StandardCharsets.UTF_8);

    private final Router router;
    private final FaultInjector faults;
    private final BiPredicate<String, String> credentials;
    private final LongAdder requests;

    /** {@code requests} counts every request that reaches the server, faulted or not. */
    public ApiDispatcher(Router router, FaultInjector faults, BiPredicate<String, String> credentials,
                         LongAdder requests) {
        this.router = router;
        this.faults = faults;
        this.credentials = credentials;
        this.requests = requests;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String fullPath = exchange.getRequestURI().getRawPath();
        requests.increment();
        try {
            // read before any fault acts: a dropped connection then ends with a clean EOF, never with a reset
            // caused by unread request bytes, and this holds in both phases
            byte[] body = Exchanges.readBody(exchange);
            if (actOn(faults.pick(FaultPhase.BEFORE, method, fullPath), exchange)) {
                return;
            }
            // auth, routing and handlers refuse a request by throwing ApiError: such an error skips the after-rules
            // (no dice roll, no use taken) and goes out unchanged, as they simulate losing the answer to work done
            Handled handled = serve(exchange, method, fullPath, body);
            if (actOn(faults.pick(FaultPhase.AFTER, method, fullPath), exchange)) {
                return;
            }
            render(exchange, handled.request(), handled.response());
        } catch (ApiError e) {
            Exchanges.sendError(exchange, e);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "sandbox handler failed for " + method + " " + fullPath, e);
            Exchanges.sendError(exchange, new ApiError(500, 0, "Internal server error", e.toString()));
        }
    }

    /** Applies a fault, if any; true when the request has been answered (or dropped) by it. */
    private static boolean actOn(Optional<Fault> picked, HttpExchange exchange) throws IOException {
        if (picked.isEmpty()) {
            return false;
        }
        Fault fault = picked.get();
        if (fault.getLatencyMs() != null) {
            try {
                Thread.sleep(fault.getLatencyMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault.isDrop()) {
            // nothing written yet, so the JDK server closes the connection: the client reads EOF before a status line
            exchange.close();
            return true;
        }
        if (fault.getStatus() != null) {
            int status = fault.getStatus();
            ApiError error = new ApiError(status, 0, "Injected fault: HTTP " + status,
                    "Sandbox fault rule " + fault.getId());
            Map<String, String> headers = fault.getRetryAfterSeconds() == null
                    ? Map.of() : Map.of("Retry-After", String.valueOf(fault.getRetryAfterSeconds()));
            Exchanges.sendJson(exchange, status, ErrorBody.of(error), headers);
            return true;
        }
        if (fault.isMalformed()) {
            Exchanges.send(exchange, 200, "application/json", MALFORMED, Map.of());
            return true;
        }
        return false;
    }

    /** A request the handler has answered, not yet written. */
    private record Handled(SandboxRequest request, SandboxResponse response) {
    }

    private Handled serve(HttpExchange exchange, String method, String fullPath, byte[] body) throws Exception {
        if (!fullPath.equals(BASE_PATH) && !fullPath.startsWith(BASE_PATH + "/")) {
            throw new ApiError(404, 0, "Not found: " + fullPath, "The CallFire API lives under " + BASE_PATH);
        }
        authenticate(exchange);
        String path = decodePath(fullPath.substring(BASE_PATH.length()));
        Router.Match match = router.match(method, path);
        if (match == null) {
            throw new ApiError(404, 0, "Not found: " + method + " " + fullPath, "No CallFire operation at this path");
        }
        if (match.handler() == null) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", match.allowedMethods()));
            throw new ApiError(405, 0, "Method " + method + " not allowed on " + fullPath,
                    "Allowed: " + String.join(", ", match.allowedMethods()));
        }
        SandboxRequest request = new SandboxRequest(method, path, match.pathParams(),
                exchange.getRequestURI().getRawQuery(), body, exchange.getRequestHeaders().getFirst("Content-Type"),
                rootUrl(exchange));
        return new Handled(request, match.handler().handle(request));
    }

    /** The root URL as the client addressed it (Host header), so URLs in answers work from the client's side. */
    private static String rootUrl(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return "http://" + (host != null ? host
                : exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort());
    }

    private void authenticate(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0 && credentials.test(decoded.substring(0, colon), decoded.substring(colon + 1))) {
                    return;
                }
            } catch (IllegalArgumentException e) {
                // not Base64: falls through to 401 like any other bad credential
            }
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"CallFire API\"");
        throw new ApiError(401, 0, "Unauthorized: invalid or missing API credentials",
                "Send HTTP Basic authentication with your API login and password");
    }

    private static String decodePath(String rawPath) {
        try {
            return java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("Malformed percent-encoding in path: " + rawPath);
        }
    }

    private static void render(HttpExchange exchange, SandboxRequest request, SandboxResponse response)
            throws IOException {
        if (!response.isJson()) {
            Exchanges.send(exchange, response.status(), response.contentType(), response.bytes(), response.headers());
        } else if (request.fields().isPresent()) {
            // only a partial response needs the answer as a tree; writing it straight gives the same JSON faster
            JsonNode body = FieldsFilter.parse(request.fields().get()).apply(Json.MAPPER.valueToTree(response.json()));
            Exchanges.sendJson(exchange, response.status(), body, response.headers());
        } else {
            Exchanges.send(exchange, response.status(), "application/json", bytes(response.json()),
                    response.headers());
        }
    }

    /** A value that cannot be written is the handler's bug: a 500 like any other, not a dropped connection. */
    private static byte[] bytes(Object json) {
        try {
            return Json.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
