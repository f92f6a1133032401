package io.github.camelcallfire.sandbox.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.contacts.Contact;
import io.github.camelcallfire.sandbox.contacts.ContactQuery;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.ActionStore;
import io.github.camelcallfire.sandbox.store.ContactListStore;
import io.github.camelcallfire.sandbox.store.ContactStore;

/**
 * Contacts. A deleted contact disappears from finds and lists, cannot be updated, and {@code GET /contacts/{id}}
 * still answers it with {@code deleted: true}, so texts and calls that refer to it stay resolvable.
 */
public final class ContactsApi implements ApiModule {

    private static final int DEFAULT_LIMIT = 100;

    @Override
    public void register(Router router, SandboxState state) {
        router.get("/contacts", req -> find(req, state));
        router.post("/contacts", req -> create(req, state));
        router.get("/contacts/{id}", req -> SandboxResponse.ok(contacts(state).get(req.pathLong("id"))));
        router.put("/contacts/{id}", req -> {
            contacts(state).update(req.pathLong("id"), Contact.fromJson(req.json(), "body"));
            return SandboxResponse.emptyOk();
        });
        router.delete("/contacts/{id}", req -> {
            long id = req.pathLong("id");
            contacts(state).delete(id);
            state.store(ContactListStore.class).removeContactEverywhere(id);
            return SandboxResponse.noContent();
        });
        router.get("/contacts/{id}/history", req -> history(req, state));
    }

    private static SandboxResponse find(SandboxRequest req, SandboxState state) {
        PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
        ContactQuery query = ContactQuery.of(req);
        if (query.unfiltered()) {
            ContactStore store = contacts(state);
            List<Contact> items = store.live().stream().skip(page.offset()).limit(page.limit()).toList();
            return SandboxResponse.ok(page.envelope(items, store.liveCount()));
        }
        return SandboxResponse.ok(page.page(query.run(state)));
    }

    private static SandboxResponse create(SandboxRequest req, SandboxState state) {
        List<JsonNode> body = req.jsonArray();
        List<Contact> parsed = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            parsed.add(Contact.fromJson(body.get(i), "body[" + i + "]"));
        }
        List<Map<String, Long>> ids = contacts(state).create(parsed).stream().map(id -> Map.of("id", id)).toList();
        return SandboxResponse.ok(PageRequest.itemList(ids));
    }

    private static SandboxResponse history(SandboxRequest req, SandboxState state) {
        long id = contacts(state).get(req.pathLong("id")).id();
        PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
        ActionStore actions = state.store(ActionStore.class);
        ObjectNode history = Json.object();
        history.put("id", id);
        history.set("calls", Json.MAPPER.valueToTree(slice(actions.callsForContact(id), page)));
        history.set("texts", Json.MAPPER.valueToTree(slice(actions.textsForContact(id), page)));
        return SandboxResponse.ok(history);
    }

    private static List<JsonNode> slice(List<JsonNode> newestFirst, PageRequest page) {
        return newestFirst.stream().skip(page.offset()).limit(page.limit()).toList();
    }

    private static ContactStore contacts(SandboxState state) {
        return state.store(ContactStore.class);
    }
}
