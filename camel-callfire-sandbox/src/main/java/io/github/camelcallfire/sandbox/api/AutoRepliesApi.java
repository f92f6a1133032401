package io.github.camelcallfire.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.messaging.AutoReply;
import io.github.camelcallfire.sandbox.messaging.AutoReplyStore;
import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** findTextAutoReplys, createTextAutoReply, getTextAutoReply, deleteTextAutoReply. */
public final class AutoRepliesApi implements ApiModule {

    static final int DEFAULT_LIMIT = 100;

    @Override
    public void register(Router router, SandboxState state) {
        router.get("/texts/auto-replys", r -> {
            String number = r.query("number").map(n -> PhoneNumbers.sender(n, "number")).orElse(null);
            return SandboxResponse.ok(PageRequest.of(r, DEFAULT_LIMIT).page(store(state).find(number)));
        });
        router.post("/texts/auto-replys", r -> {
            JsonNode body = r.json();
            if (!body.isObject()) {
                throw ApiError.badRequest("TextAutoReply body must be a JSON object");
            }
            String number = text(body, "number");
            if (number == null) {
                throw ApiError.badRequest("TextAutoReply field 'number' (the number or short code to answer on) "
                        + "is required");
            }
            String message = text(body, "message");
            if (message == null) {
                throw ApiError.badRequest("TextAutoReply field 'message' (the reply) is required");
            }
            AutoReply reply = store(state).create(PhoneNumbers.sender(number, "number"), text(body, "keyword"),
                    text(body, "match"), message);
            return SandboxResponse.created(reply.id());
        });
        router.get("/texts/auto-replys/{id}", r -> SandboxResponse.ok(store(state).get(r.pathLong("id"))
                .orElseThrow(() -> ApiError.notFound("Text auto-reply", r.pathParam("id")))));
        router.delete("/texts/auto-replys/{id}", r -> {
            if (!store(state).delete(r.pathLong("id"))) {
                throw ApiError.notFound("Text auto-reply", r.pathParam("id"));
            }
            return SandboxResponse.noContent();
        });
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest("TextAutoReply field '" + field + "' must be a string, got " + value);
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    private static AutoReplyStore store(SandboxState state) {
        return state.store(AutoReplyStore.class);
    }
}
