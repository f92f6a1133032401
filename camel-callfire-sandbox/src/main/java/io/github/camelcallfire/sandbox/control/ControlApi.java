package io.github.camelcallfire.sandbox.control;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Exchanges;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.webhooks.WebhookControl;

/**
 * The sandbox's own control plane under {@code /sandbox} (not part of CallFire): inbound traffic, reset, clock,
 * fault injection, request recordings and answer fields. It needs no credentials, like stripe-mock's and
 * LocalStack's control endpoints.
 */
public final class ControlApi implements HttpHandler {

    static final String BASE_PATH = "/sandbox";

    private final Router router = new Router();

    public ControlApi(CallfireSandbox sandbox) {
        router.post("/inbound-texts", r -> {
            JsonNode body = r.json();
            long id = sandbox.injectInboundText(required(body, "fromNumber"), required(body, "toNumber"),
                    required(body, "message"));
            return SandboxResponse.created(id);
        });
        router.post("/inbound-calls", r -> {
            JsonNode body = r.json();
            return SandboxResponse.created(sandbox.injectInboundCall(required(body, "fromNumber"),
                    required(body, "toNumber")));
        });
        router.post("/reset", r -> {
            sandbox.reset();
            return SandboxResponse.noContent();
        });
        router.get("/requests", r -> SandboxResponse.ok(Map.of("count", sandbox.requestCount())));
        router.get("/clock", r -> SandboxResponse.ok(clockState(sandbox)));
        router.post("/clock/advance", r -> {
            long millis = r.queryLong("millis").orElseGet(() -> longField(r, "millis"));
            if (millis < 0) {
                throw ApiError.badRequest("'millis' must not be negative: the sandbox clock only moves forward");
            }
            sandbox.clock().advance(millis);
            return SandboxResponse.ok(clockState(sandbox));
        });
        router.post("/clock/freeze", r -> {
            JsonNode at = r.body().length == 0 ? null : r.json().get("at");
            if (at != null && !at.canConvertToLong()) {
                throw ApiError.badRequest("'at' must be epoch milliseconds");
            }
            if (at != null) {
                sandbox.clock().set(at.asLong());
            } else {
                sandbox.clock().freeze();
            }
            return SandboxResponse.ok(clockState(sandbox));
        });
        router.post("/clock/unfreeze", r -> {
            sandbox.clock().unfreeze();
            return SandboxResponse.ok(clockState(sandbox));
        });
        router.get("/faults", r -> SandboxResponse.ok(Map.of("items", sandbox.faults().list())));
        router.post("/faults", r -> {
            Fault fault = r.json(Fault.class);
            try {
                return SandboxResponse.created(sandbox.faults().add(fault).getId());
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(e.getMessage());
            }
        });
        router.delete("/faults", r -> {
            sandbox.faults().clear();
            return SandboxResponse.noContent();
        });
        WebhookControl.register(router, sandbox.webhooks());
        router.get("/answer-fields", r -> SandboxResponse.ok(Map.of("items", sandbox.wiretap().answerFields())));
        router.post("/answer-fields", r -> {
            AnswerFields rule = r.json(AnswerFields.class);
            try {
                return SandboxResponse.created(sandbox.wiretap().add(rule).getId());
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(e.getMessage());
            }
        });
        router.delete("/answer-fields", r -> {
            sandbox.wiretap().clearAnswerFields();
            return SandboxResponse.noContent();
        });
        router.post("/recordings", r -> {
            Recording recording = r.body().length == 0 ? new Recording() : r.json(Recording.class);
            try {
                return SandboxResponse.created(sandbox.wiretap().add(recording).getId());
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(e.getMessage());
            }
        });
        router.get("/recordings/{id}", r -> SandboxResponse.ok(sandbox.wiretap().recording(r.pathLong("id"))
                .orElseThrow(() -> ApiError.notFound("No such recording", r.pathParam("id")))));
        router.delete("/recordings", r -> {
            sandbox.wiretap().clearRecordings();
            return SandboxResponse.noContent();
        });
        router.get("/callerids/{number}/code", r -> SandboxResponse.ok(
                Map.of("code", sandbox.pendingVerificationCode(r.pathParam("number"))
                        .orElseThrow(() -> ApiError.notFound("No verification code requested for caller id",
                                r.pathParam("number"))))));
    }

    private static Map<String, Object> clockState(CallfireSandbox sandbox) {
        return Map.of("now", sandbox.clock().now(), "frozen", sandbox.clock().frozen());
    }

    private static String required(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiError.badRequest("'" + field + "' is required (a string)");
        }
        return value.asText();
    }

    private static long longField(SandboxRequest r, String field) {
        JsonNode value = r.json().get(field);
        if (value == null || !value.canConvertToLong()) {
            throw ApiError.badRequest("'" + field + "' is required (a number), as JSON body or query parameter");
        }
        return value.asLong();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath().substring(BASE_PATH.length());
        try {
            Router.Match match = router.match(method, path);
            if (match == null) {
                throw new ApiError(404, 0, "Unknown sandbox control path " + BASE_PATH + path, null);
            }
            if (match.handler() == null) {
                throw new ApiError(405, 0, "Method " + method + " not allowed on " + BASE_PATH + path, null);
            }
            SandboxRequest request = new SandboxRequest(method, path, match.pathParams(),
                    exchange.getRequestURI().getRawQuery(), Exchanges.readBody(exchange),
                    exchange.getRequestHeaders().getFirst("Content-Type"));
            SandboxResponse response = match.handler().handle(request);
            if (response.isJson()) {
                Exchanges.sendJson(exchange, response.status(), Json.MAPPER.valueToTree(response.json()), Map.of());
            } else {
                Exchanges.send(exchange, response.status(), null, null, Map.of());
            }
        } catch (ApiError e) {
            Exchanges.sendError(exchange, e);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            Exchanges.sendError(exchange, new ApiError(500, 0, "Sandbox control failure", e.toString()));
        }
    }
}
