package io.github.camelcallfire.sandbox.contacts;

import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.ContactListStore;
import io.github.camelcallfire.sandbox.store.ContactStore;

/**
 * The filters of {@code GET /contacts}; all given filters must hold. Ids, numbers and a list id are answered from
 * indexes; a property filter alone scans the live contacts.
 */
public record ContactQuery(List<Long> ids, List<String> numbers, Optional<Long> contactListId,
                           Optional<String> propertyName, Optional<String> propertyValue) {

    public static ContactQuery of(SandboxRequest request) {
        Optional<String> propertyName = request.query("propertyName");
        Optional<String> propertyValue = request.query("propertyValue");
        if (propertyValue.isPresent() && propertyName.isEmpty()) {
            throw ApiError.badRequest("Query parameter 'propertyValue' needs 'propertyName'");
        }
        return new ContactQuery(request.queryLongs("id"), request.queryAll("number"),
                request.queryLong("contactListId"), propertyName, propertyValue);
    }

    public boolean unfiltered() {
        return ids.isEmpty() && numbers.isEmpty() && contactListId.isEmpty() && propertyName.isEmpty();
    }

    /** Matching live contacts, newest first. */
    public List<Contact> run(SandboxState state) {
        ContactStore contacts = state.store(ContactStore.class);
        Set<Long> onList = contactListId
                .map(id -> (Set<Long>) new LinkedHashSet<>(state.store(ContactListStore.class).contactIds(id)))
                .orElse(null);
        Set<Long> byNumber = numbers.isEmpty() ? null : idsHoldingAnyNumber(contacts);
        Iterable<Long> candidates = !ids.isEmpty() ? ids
                : byNumber != null ? byNumber
                : onList != null ? onList
                : contacts.live().stream().map(Contact::id).toList();
        LinkedHashSet<Long> seen = new LinkedHashSet<>();
        for (Long id : candidates) {
            if ((byNumber == null || byNumber.contains(id)) && (onList == null || onList.contains(id))
                    && contacts.exists(id)) {
                seen.add(id);
            }
        }
        return seen.stream().map(contacts::getLive).filter(this::hasProperty)
                .sorted(Comparator.comparing(Contact::id).reversed()).toList();
    }

    private Set<Long> idsHoldingAnyNumber(ContactStore contacts) {
        Set<Long> out = new LinkedHashSet<>();
        for (String number : numbers) {
            out.addAll(contacts.idsByNumber(number));
            PhoneNumbers.recipient(number).filter(n -> !n.equals(number))
                    .ifPresent(n -> out.addAll(contacts.idsByNumber(n)));
        }
        return out;
    }

    private boolean hasProperty(Contact contact) {
        if (propertyName.isEmpty()) {
            return true;
        }
        String value = contact.properties() == null ? null : contact.properties().get(propertyName.get());
        return value != null && propertyValue.map(value::equals).orElse(true);
    }
}
