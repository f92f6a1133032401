package io.github.camelcallfire.sandbox.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.github.camelcallfire.sandbox.contacts.Contact;
import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.state.SandboxState;

/**
 * Contacts, newest first, with an index from every phone number to the contacts holding it. Deleted contacts are
 * kept (texts and calls still point at them) but leave the live view, the number index and every contact list.
 * Mutations are serialized; reads go lock-free over the concurrent maps.
 */
public final class ContactStore {

    private static final String NEW_CONTACT_PHONE_FIELD = "homePhone";

    private final SandboxState state;
    private final Map<Long, Contact> all = new ConcurrentHashMap<>();
    private final NavigableMap<Long, Contact> live = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
    private final Map<String, Set<Long>> byNumber = new ConcurrentHashMap<>();

    public ContactStore(SandboxState state) {
        this.state = state;
    }

    /** The contact whose home, work, mobile or extra phone is {@code number}; created when there is none. */
    public Contact contactForNumber(String number) {
        return contactFor(number, NEW_CONTACT_PHONE_FIELD);
    }

    /** The oldest live contact holding {@code number}, else a new one with the number in {@code field}. */
    public synchronized Contact contactFor(String number, String field) {
        Set<Long> ids = byNumber.get(number);
        if (ids != null && !ids.isEmpty()) {
            return live.get(ids.iterator().next());
        }
        return insert(Contact.withNumber(field, number));
    }

    /** The number to reach a contact on (mobile, else home, else work), empty when the contact has none. */
    public Optional<String> phoneOf(long contactId) {
        Contact contact = all.get(contactId);
        return contact == null ? Optional.empty() : contact.preferredPhone();
    }

    public boolean exists(long contactId) {
        return live.containsKey(contactId);
    }

    /** Stores new contacts in input order; returns their ids in the same order. */
    public synchronized List<Long> create(List<Contact> contacts) {
        List<Long> ids = new ArrayList<>(contacts.size());
        for (Contact contact : contacts) {
            ids.add(insert(contact).id());
        }
        return ids;
    }

    /** A contact, deleted ones included (they answer with {@code deleted: true}); 404 when unknown. */
    public Contact get(long id) {
        Contact contact = all.get(id);
        if (contact == null) {
            throw ApiError.notFound("Contact", id);
        }
        return contact;
    }

    /** A contact that has not been deleted; 404 otherwise. */
    public Contact getLive(long id) {
        Contact contact = live.get(id);
        if (contact == null) {
            throw ApiError.notFound("Contact", id);
        }
        return contact;
    }

    /** Replaces every field of a live contact with {@code changes} (PUT semantics); the id stays. */
    public synchronized void update(long id, Contact changes) {
        Contact old = getLive(id);
        unindex(old);
        Contact updated = changes.withId(id);
        all.put(id, updated);
        live.put(id, updated);
        index(updated);
    }

    /** Marks a contact deleted; the caller removes it from contact lists. */
    public synchronized void delete(long id) {
        Contact old = getLive(id);
        unindex(old);
        live.remove(id);
        all.put(id, old.markDeleted());
    }

    /** Live contacts, newest first. */
    public Collection<Contact> live() {
        return live.values();
    }

    public int liveCount() {
        return live.size();
    }

    /** Live contacts holding {@code number} in any phone field, oldest first. */
    public Set<Long> idsByNumber(String number) {
        return byNumber.getOrDefault(number, Set.of());
    }

    private Contact insert(Contact contact) {
        Contact stored = contact.withId(state.nextId());
        all.put(stored.id(), stored);
        live.put(stored.id(), stored);
        index(stored);
        return stored;
    }

    private void index(Contact contact) {
        for (String number : contact.numbers()) {
            byNumber.merge(number, Set.of(contact.id()), ContactStore::union);
        }
    }

    private void unindex(Contact contact) {
        for (String number : contact.numbers()) {
            byNumber.computeIfPresent(number, (n, ids) -> without(ids, contact.id()));
        }
    }

    /*
     * The ids of one number are an immutable set, oldest first, replaced on change: mutations hold the store's lock,
     * readers get a consistent set without one, and the usual single contact per number costs one small object.
     */
    private static Set<Long> union(Set<Long> ids, Set<Long> added) {
        TreeSet<Long> sorted = new TreeSet<>(ids);
        sorted.addAll(added);
        return Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
    }

    private static Set<Long> without(Set<Long> ids, long id) {
        Set<Long> rest = new LinkedHashSet<>(ids);
        rest.remove(id);
        return rest.isEmpty() ? null : Collections.unmodifiableSet(rest);
    }
}
