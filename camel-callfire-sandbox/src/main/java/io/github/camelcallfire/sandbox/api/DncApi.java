package io.github.camelcallfire.sandbox.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.contacts.DncQuery;
import io.github.camelcallfire.sandbox.contacts.DoNotContact;
import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import io.github.camelcallfire.sandbox.contacts.UniversalDnc;
import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.DncStore;

/** The account's do-not-contact list (which blocks texts and calls at send time) and the universal look-up. */
public final class DncApi implements ApiModule {

    private static final int DEFAULT_LIMIT = 100;

    @Override
    public void register(Router router, SandboxState state) {
        router.get("/contacts/dncs", req -> {
            PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
            return SandboxResponse.ok(page.page(dnc(state).find(DncQuery.of(req))));
        });
        router.post("/contacts/dncs", req -> add(req, state));
        router.get("/contacts/dncs/{number}", req -> SandboxResponse.ok(dnc(state).get(req.pathParam("number"))));
        router.put("/contacts/dncs/{number}", req -> {
            dnc(state).update(req.pathParam("number"), flags(req.json()));
            return SandboxResponse.emptyOk();
        });
        router.delete("/contacts/dncs/{number}", req -> {
            dnc(state).delete(req.pathParam("number"));
            return SandboxResponse.noContent();
        });
        router.delete("/contacts/dncs/sources/{source}", req -> {
            dnc(state).deleteBySource(req.pathParam("source"));
            return SandboxResponse.noContent();
        });
        router.get("/contacts/dncs/universals/{toNumber}", req -> {
            String to = PhoneNumbers.requireRecipient(req.pathParam("toNumber"), "Path parameter 'toNumber'");
            String from = req.query("fromNumber")
                    .map(n -> PhoneNumbers.requireRecipient(n, "Query parameter 'fromNumber'")).orElse(null);
            return SandboxResponse.ok(PageRequest.itemList(List.of(UniversalDnc.lookup(to, from))));
        });
    }

    private static SandboxResponse add(SandboxRequest req, SandboxState state) {
        JsonNode body = req.json();
        JsonNode numbers = body.get("numbers");
        if (numbers == null || !numbers.isArray() || numbers.isEmpty()) {
            throw ApiError.badRequest("'numbers' is required: a non-empty array of phone numbers");
        }
        List<String> normalized = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            normalized.add(PhoneNumbers.requireRecipient(numbers.get(i).asText(), "numbers[" + i + "]"));
        }
        DoNotContact given = flags(body);
        DoNotContact template = new DoNotContact(null,
                given.call() != null ? given.call() : Boolean.TRUE,
                given.text() != null ? given.text() : Boolean.TRUE,
                given.inboundCall(), given.inboundText(),
                given.source() != null ? given.source() : DncStore.DEFAULT_SOURCE,
                null, null);
        dnc(state).add(normalized, template);
        return SandboxResponse.emptyOk();
    }

    /** The flags and source of a body; number, campaignId and created are read-only and ignored. */
    private static DoNotContact flags(JsonNode body) {
        if (!body.isObject()) {
            throw ApiError.badRequest("Request body must be a JSON object");
        }
        return new DoNotContact(null, bool(body, "call"), bool(body, "text"), bool(body, "inboundCall"),
                bool(body, "inboundText"), text(body, "source"), null, null);
    }

    private static Boolean bool(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw ApiError.badRequest("'" + field + "' must be true or false, got " + value);
        }
        return value.booleanValue();
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ApiError.badRequest("'" + field + "' must be a non-empty string, got " + value);
        }
        return value.asText();
    }

    private static DncStore dnc(SandboxState state) {
        return state.store(DncStore.class);
    }
}
