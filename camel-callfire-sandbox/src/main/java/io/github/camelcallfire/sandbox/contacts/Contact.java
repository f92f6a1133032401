package io.github.camelcallfire.sandbox.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;

/**
 * A CallFire Contact; immutable, so a stored contact can be read without locks and replaced on update. A contact
 * without an external system carries {@code "externalSystem": ""}, as live CallFire answers it, and an update that
 * sends that empty value back is accepted.
 */
public record Contact(Long id, String firstName, String lastName, String zipcode, String homePhone,
                      String workPhone, String mobilePhone, String extraPhone1, String extraPhone2,
                      String extraPhone3, String externalId, String externalSystem, Map<String, String> properties,
                      Boolean deleted) {

    /** The only external systems CallFire accepts (the Contact model's externalSystem enum). */
    public static final Set<String> EXTERNAL_SYSTEMS = Set.of("NATION_BUILDER", "SALES_FORCE_CONTACTS",
            "SALES_FORCE_LEADS", "SALES_FORCE_REPORTS", "ZOHO", "MAIL_CHIMP");

    /** The phone fields a contact list request may name in {@code contactNumbersField}. */
    public static final Set<String> LIST_NUMBER_FIELDS = Set.of("homePhone", "workPhone", "mobilePhone");

    /** What a contact linked to no external system carries in {@code externalSystem}. */
    public static final String NO_EXTERNAL_SYSTEM = "";

    public Contact {
        externalSystem = externalSystem == null || externalSystem.isBlank() ? NO_EXTERNAL_SYSTEM : externalSystem;
        properties = properties == null || properties.isEmpty() ? null : Map.copyOf(properties);
    }

    /** Binds a request body element; {@code where} names it in the 400 (e.g. "contacts[2]"). */
    public static Contact fromJson(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest(where + " must be a Contact object");
        }
        Contact contact;
        try {
            contact = Json.MAPPER.treeToValue(node, Contact.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.badRequest("Invalid " + where + ": " + e.getOriginalMessage());
        }
        if (!contact.externalSystem.isEmpty() && !EXTERNAL_SYSTEMS.contains(contact.externalSystem)) {
            throw ApiError.badRequest(where + ".externalSystem '" + contact.externalSystem + "' is not one of "
                    + EXTERNAL_SYSTEMS.stream().sorted().toList() + " (or \"\" for none)");
        }
        return contact;
    }

    /** A contact holding only one phone number, in one of the {@link #LIST_NUMBER_FIELDS}. */
    public static Contact withNumber(String field, String number) {
        // built directly, not through Jackson: a bulk send creates one contact per new number
        return switch (field) {
            case "homePhone" -> new Contact(null, null, null, null, number, null, null, null, null, null, null, null,
                    null, null);
            case "workPhone" -> new Contact(null, null, null, null, null, number, null, null, null, null, null, null,
                    null, null);
            case "mobilePhone" -> new Contact(null, null, null, null, null, null, number, null, null, null, null, null,
                    null, null);
            default -> throw new IllegalArgumentException("Not a contact number field: " + field);
        };
    }

    public Contact withId(long newId) {
        return new Contact(newId, firstName, lastName, zipcode, homePhone, workPhone, mobilePhone, extraPhone1,
                extraPhone2, extraPhone3, externalId, externalSystem, properties, null);
    }

    /**
     * This contact with {@code later}'s values on top: a field {@code later} has replaces this one's, a field it
     * lacks is kept, and properties are merged (the later value wins for the same name). The id stays.
     */
    public Contact mergedWith(Contact later) {
        Map<String, String> mergedProperties = new java.util.LinkedHashMap<>();
        if (properties != null) {
            mergedProperties.putAll(properties);
        }
        if (later.properties != null) {
            mergedProperties.putAll(later.properties);
        }
        return new Contact(id, or(later.firstName, firstName), or(later.lastName, lastName),
                or(later.zipcode, zipcode), or(later.homePhone, homePhone), or(later.workPhone, workPhone),
                or(later.mobilePhone, mobilePhone), or(later.extraPhone1, extraPhone1),
                or(later.extraPhone2, extraPhone2), or(later.extraPhone3, extraPhone3), or(later.externalId, externalId),
                or(later.externalSystem, externalSystem), mergedProperties, deleted);
    }

    private static String or(String preferred, String fallback) {
        return preferred != null && !preferred.isEmpty() ? preferred : fallback;
    }

    public Contact markDeleted() {
        return new Contact(id, firstName, lastName, zipcode, homePhone, workPhone, mobilePhone, extraPhone1,
                extraPhone2, extraPhone3, externalId, externalSystem, properties, Boolean.TRUE);
    }

    /** Every phone number the contact can be found by, without blanks or repeats. */
    @JsonIgnore
    public List<String> numbers() {
        List<String> out = new ArrayList<>();
        Stream.of(homePhone, workPhone, mobilePhone, extraPhone1, extraPhone2, extraPhone3)
                .filter(n -> n != null && !n.isBlank() && !out.contains(n))
                .forEach(out::add);
        return out;
    }

    /** Mobile first, as texts reach mobiles; then home, then work. */
    @JsonIgnore
    public Optional<String> preferredPhone() {
        return Stream.of(mobilePhone, homePhone, workPhone).filter(n -> n != null && !n.isBlank()).findFirst();
    }
}
