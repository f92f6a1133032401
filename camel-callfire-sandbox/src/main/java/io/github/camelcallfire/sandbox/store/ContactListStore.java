package io.github.camelcallfire.sandbox.store;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.github.camelcallfire.sandbox.contacts.ContactList;
import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** Contact lists, newest first. Member ids are checked by the caller; this store only keeps the sets. */
public final class ContactListStore {

    private final SandboxState state;
    private final NavigableMap<Long, ContactList> lists = new ConcurrentSkipListMap<>(Comparator.reverseOrder());

    public ContactListStore(SandboxState state) {
        this.state = state;
    }

    /** Ids of the contacts on a list; {@code ApiError} 404 when the list does not exist. */
    public List<Long> contactIds(long listId) {
        return get(listId).contactIds();
    }

    public long create(String name, Collection<Long> contactIds) {
        long id = state.nextId();
        lists.put(id, new ContactList(id, name, state.now(), contactIds));
        state.events().contactListCreated(lists.get(id));
        return id;
    }

    public ContactList get(long listId) {
        ContactList list = lists.get(listId);
        if (list == null) {
            throw ApiError.notFound("Contact list", listId);
        }
        return list;
    }

    /** Lists whose name contains {@code name} (case-insensitive), or equals it when {@code exactMatch}. */
    public List<ContactList> find(String name, boolean exactMatch) {
        if (name == null) {
            return List.copyOf(lists.values());
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        return lists.values().stream()
                .filter(l -> exactMatch ? l.name().equals(name) : l.name().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    public void delete(long listId) {
        if (lists.remove(listId) == null) {
            throw ApiError.notFound("Contact list", listId);
        }
    }

    /** Drops a deleted contact from every list it was on. */
    public void removeContactEverywhere(long contactId) {
        lists.values().forEach(l -> l.remove(List.of(contactId)));
    }
}
