package io.github.camelcallfire.sandbox.contacts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.ContactStore;

/**
 * The contacts named by a CreateContactListRequest or AddContactListContactsRequest: new {@code contacts},
 * existing {@code contactIds} and {@code contactNumbers} (matched to existing contacts or created with the number
 * in {@code contactNumbersField}). Everything is validated before any contact is created.
 */
public final class ListMembers {

    private static final String DEFAULT_NUMBERS_FIELD = "homePhone";

    private final List<Contact> newContacts = new ArrayList<>();
    private final List<Long> contactIds = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();
    private String numbersField = DEFAULT_NUMBERS_FIELD;

    private ListMembers() {
    }

    public static ListMembers parse(JsonNode body, SandboxState state) {
        ListMembers members = new ListMembers();
        JsonNode contacts = arrayField(body, "contacts");
        for (int i = 0; i < contacts.size(); i++) {
            members.newContacts.add(Contact.fromJson(contacts.get(i), "contacts[" + i + "]"));
        }
        JsonNode ids = arrayField(body, "contactIds");
        ContactStore store = state.store(ContactStore.class);
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).canConvertToExactIntegral()) {
                throw ApiError.badRequest("contactIds[" + i + "] must be a contact id, got " + ids.get(i));
            }
            long id = ids.get(i).asLong();
            store.getLive(id);
            members.contactIds.add(id);
        }
        JsonNode numbers = arrayField(body, "contactNumbers");
        for (int i = 0; i < numbers.size(); i++) {
            if (!numbers.get(i).isTextual() || numbers.get(i).asText().isBlank()) {
                throw ApiError.badRequest("contactNumbers[" + i + "] must be a phone number string");
            }
            members.numbers.add(numbers.get(i).asText());
        }
        JsonNode field = body.get("contactNumbersField");
        if (field != null && !field.isNull()) {
            if (!Contact.LIST_NUMBER_FIELDS.contains(field.asText())) {
                throw ApiError.badRequest("contactNumbersField must be one of " + Contact.LIST_NUMBER_FIELDS.stream()
                        .sorted().toList() + ", got '" + field.asText() + "'");
            }
            members.numbersField = field.asText();
        }
        return members;
    }

    /** Creates the new contacts and numbers' contacts; the ids of all members, without repeats. */
    public Set<Long> resolve(SandboxState state) {
        ContactStore store = state.store(ContactStore.class);
        Set<Long> ids = new LinkedHashSet<>(store.create(newContacts));
        ids.addAll(contactIds);
        for (String number : numbers) {
            ids.add(store.contactFor(number, numbersField).id());
        }
        return ids;
    }

    public boolean isEmpty() {
        return newContacts.isEmpty() && contactIds.isEmpty() && numbers.isEmpty();
    }

    private static JsonNode arrayField(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return Json.array();
        }
        if (!node.isArray()) {
            throw ApiError.badRequest("'" + name + "' must be an array");
        }
        return node;
    }
}
