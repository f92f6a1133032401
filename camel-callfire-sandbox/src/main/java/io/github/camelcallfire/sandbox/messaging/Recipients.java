package io.github.camelcallfire.sandbox.messaging;

import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.ContactStore;

/**
 * Turns TextRecipient/CallRecipient/Recipient JSON into numbers and decides, before anything is created, what happens
 * to each: sent, duplicate of an earlier one in the same request, invalid number, or blocked by the DNC list.
 * Malformed recipients are a 400 for the whole request, so a failed request leaves no partial state.
 */
public final class Recipients {

    public enum Outcome { SEND, DUPLICATE, INVALID, BLOCKED }

    /** One recipient, resolved; {@code toNumber} is the raw input when the outcome is INVALID. */
    public record Resolved(int index, JsonNode source, String toNumber, Outcome outcome, String fromNumber,
                           Map<String, String> attributes) {

        public String text(String field) {
            return Recipients.text(source, field);
        }

        public String where() {
            return "recipients[" + index + "]";
        }
    }

    private Recipients() {
    }

    /**
     * @param defaultFrom sender used when a recipient names none; may be null (calls)
     * @param strict      invalid numbers are a 400 instead of an INVALID action
     * @param blocked     true for numbers the DNC list blocks for this kind of action
     */
    public static List<Resolved> resolve(SandboxState state, List<JsonNode> recipients, String defaultFrom,
                                         boolean strict, Predicate<String> blocked) {
        if (recipients.isEmpty()) {
            throw ApiError.badRequest("At least one recipient is required");
        }
        List<Resolved> out = new ArrayList<>(recipients.size());
        Set<String> seen = new HashSet<>();
        // most recipients use the default sender: it is checked once, against the first of them, as before
        String defaultSender = null;
        for (int i = 0; i < recipients.size(); i++) {
            JsonNode r = recipients.get(i);
            String where = "recipients[" + i + "]";
            if (r == null || !r.isObject()) {
                throw ApiError.badRequest(where + " must be a JSON object with 'phoneNumber' or 'contactId'");
            }
            String raw = rawNumber(state, r, where);
            String ownFrom = text(r, "fromNumber");
            String sender;
            if (ownFrom != null) {
                sender = PhoneNumbers.sender(ownFrom, where + ".fromNumber");
            } else {
                if (defaultSender == null && defaultFrom != null) {
                    defaultSender = PhoneNumbers.sender(defaultFrom, where + ".fromNumber");
                }
                sender = defaultSender;
            }
            Map<String, String> attributes = attributes(r, where);
            String number = PhoneNumbers.recipient(raw).orElse(null);
            Outcome outcome;
            if (number == null) {
                if (strict) {
                    throw ApiError.badRequest(where + ": '" + raw + "' is not a valid phone number (10 or 11 digits)"
                            + " and strictValidation=true");
                }
                outcome = Outcome.INVALID;
            } else if (!seen.add(number)) {
                outcome = Outcome.DUPLICATE;
            } else if (blocked.test(number)) {
                outcome = Outcome.BLOCKED;
            } else {
                outcome = Outcome.SEND;
            }
            out.add(new Resolved(i, r, number != null ? number : raw, outcome, sender, attributes));
        }
        return out;
    }

    private static String rawNumber(SandboxState state, JsonNode r, String where) {
        String phone = text(r, "phoneNumber");
        if (phone != null) {
            return phone;
        }
        JsonNode contactId = r.get("contactId");
        if (contactId == null || contactId.isNull()) {
            throw ApiError.badRequest(where + ": 'phoneNumber' or 'contactId' is required");
        }
        if (!contactId.canConvertToLong()) {
            throw ApiError.badRequest(where + ".contactId must be a number, got " + contactId);
        }
        ContactStore contacts = state.store(ContactStore.class);
        long id = contactId.asLong();
        if (!contacts.exists(id)) {
            throw ApiError.notFound("Contact", id);
        }
        return contacts.phoneOf(id).orElseThrow(() -> ApiError.badRequest(where + ": contact " + id
                + " has no phone number to reach"));
    }

    private static Map<String, String> attributes(JsonNode r, String where) {
        JsonNode node = r.get("attributes");
        if (node == null || node.isNull()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (!node.isObject()) {
            throw ApiError.badRequest(where + ".attributes must be an object of name -> text");
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw ApiError.badRequest(where + ".attributes." + e.getKey() + " must be a text value");
            }
            out.put(e.getKey(), e.getValue().asText());
        });
        return out;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest("'" + field + "' must be a string, got " + value);
        }
        return value.asText().isBlank() ? null : value.asText();
    }
}
