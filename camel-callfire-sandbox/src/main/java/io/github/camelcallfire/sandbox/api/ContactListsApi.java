package io.github.camelcallfire.sandbox.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.contacts.Contact;
import io.github.camelcallfire.sandbox.contacts.ContactList;
import io.github.camelcallfire.sandbox.contacts.CsvContacts;
import io.github.camelcallfire.sandbox.contacts.ListMembers;
import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Multipart;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.ContactListStore;
import io.github.camelcallfire.sandbox.store.ContactStore;

/**
 * Contact lists: created from JSON (contacts, ids or numbers) or a CSV upload; items added and removed. Removing
 * several items ({@code DELETE .../items?contactId=}) answers 200 empty as the CallFire samples do; removing one
 * item by path is a plain DELETE and answers 204 (CallFire's samples answer deletes with 204).
 */
public final class ContactListsApi implements ApiModule {

    private static final int DEFAULT_LIMIT = 100;

    @Override
    public void register(Router router, SandboxState state) {
        router.get("/contacts/lists", req -> find(req, state));
        router.post("/contacts/lists", req -> create(req, state));
        router.post("/contacts/lists/upload", req -> upload(req, state));
        router.get("/contacts/lists/{id}", req -> SandboxResponse.ok(lists(state).get(req.pathLong("id"))));
        router.put("/contacts/lists/{id}", req -> {
            ContactList list = lists(state).get(req.pathLong("id"));
            list.rename(requiredName(req.json()));
            return SandboxResponse.emptyOk();
        });
        router.delete("/contacts/lists/{id}", req -> {
            lists(state).delete(req.pathLong("id"));
            return SandboxResponse.noContent();
        });
        router.get("/contacts/lists/{id}/items", req -> items(req, state));
        router.post("/contacts/lists/{id}/items", req -> addItems(req, state));
        router.delete("/contacts/lists/{id}/items", req -> removeItems(req, state));
        router.delete("/contacts/lists/{id}/items/{contactId}", req -> removeItem(req, state));
    }

    private static SandboxResponse find(SandboxRequest req, SandboxState state) {
        PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
        boolean exactMatch = req.queryBool("exactMatch").orElse(false);
        return SandboxResponse.ok(page.page(lists(state).find(req.query("name").orElse(null), exactMatch)));
    }

    private static SandboxResponse create(SandboxRequest req, SandboxState state) {
        JsonNode body = req.json();
        String name = requiredName(body);
        ListMembers members = ListMembers.parse(body, state);
        Set<Long> ids = members.resolve(state);
        return SandboxResponse.ok(Map.of("id", lists(state).create(name, ids)));
    }

    private static SandboxResponse upload(SandboxRequest req, SandboxState state) {
        Multipart form = req.multipart();
        String name = form.text("name").orElseThrow(() -> ApiError.badRequest("Multipart part 'name' is required"));
        boolean useCustomFields = form.text("useCustomFields").map(v -> parseBool("useCustomFields", v)).orElse(false);
        List<Contact> contacts = CsvContacts.parse(form.file("file").data(), useCustomFields);
        List<Long> ids = state.store(ContactStore.class).create(contacts);
        return SandboxResponse.ok(Map.of("id", lists(state).create(name, ids)));
    }

    private static SandboxResponse items(SandboxRequest req, SandboxState state) {
        PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
        List<Long> ids = lists(state).contactIds(req.pathLong("id"));
        ContactStore contacts = state.store(ContactStore.class);
        List<Contact> items = ids.stream().skip(page.offset()).limit(page.limit()).map(contacts::get).toList();
        return SandboxResponse.ok(page.envelope(items, ids.size()));
    }

    private static SandboxResponse addItems(SandboxRequest req, SandboxState state) {
        ContactList list = lists(state).get(req.pathLong("id"));
        ListMembers members = ListMembers.parse(req.json(), state);
        if (members.isEmpty()) {
            throw ApiError.badRequest("Give contacts, contactIds or contactNumbers to add to the list");
        }
        list.add(members.resolve(state));
        return SandboxResponse.emptyOk();
    }

    private static SandboxResponse removeItems(SandboxRequest req, SandboxState state) {
        ContactList list = lists(state).get(req.pathLong("id"));
        List<Long> ids = req.queryLongs("contactId");
        if (ids.isEmpty()) {
            throw ApiError.badRequest("Query parameter 'contactId' is required (repeat it for several contacts)");
        }
        list.remove(ids);
        return SandboxResponse.emptyOk();
    }

    private static SandboxResponse removeItem(SandboxRequest req, SandboxState state) {
        long listId = req.pathLong("id");
        ContactList list = lists(state).get(listId);
        long contactId = req.pathLong("contactId");
        if (!list.contains(contactId)) {
            throw ApiError.notFound("Contact " + contactId + " on contact list", listId);
        }
        list.remove(List.of(contactId));
        return SandboxResponse.noContent();
    }

    private static String requiredName(JsonNode body) {
        JsonNode name = body.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw ApiError.badRequest("'name' of the contact list is required");
        }
        return name.asText();
    }

    private static boolean parseBool(String field, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw ApiError.badRequest("'" + field + "' must be true or false, got '" + value + "'");
    }

    private static ContactListStore lists(SandboxState state) {
        return state.store(ContactListStore.class);
    }
}
