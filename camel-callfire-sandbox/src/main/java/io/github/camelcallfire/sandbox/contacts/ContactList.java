package io.github.camelcallfire.sandbox.contacts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A CallFire ContactList; members are kept newest contact first. Lists are always ready: status ACTIVE. */
@JsonPropertyOrder({"id", "name", "size", "created", "status"})
public final class ContactList {

    public static final String ACTIVE = "ACTIVE";

    private final long id;
    private final long created;
    private volatile String name;
    private final NavigableSet<Long> contactIds = new ConcurrentSkipListSet<>(Comparator.reverseOrder());

    public ContactList(long id, String name, long created, Collection<Long> contactIds) {
        this.id = id;
        this.name = name;
        this.created = created;
        this.contactIds.addAll(contactIds);
    }

    @JsonProperty
    public long id() {
        return id;
    }

    @JsonProperty
    public String name() {
        return name;
    }

    @JsonProperty
    public int size() {
        return contactIds.size();
    }

    @JsonProperty
    public long created() {
        return created;
    }

    @JsonProperty
    public String status() {
        return ACTIVE;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public List<Long> contactIds() {
        return List.copyOf(contactIds);
    }

    public boolean contains(long contactId) {
        return contactIds.contains(contactId);
    }

    public void add(Collection<Long> ids) {
        contactIds.addAll(ids);
    }

    public void remove(Collection<Long> ids) {
        contactIds.removeAll(ids);
    }
}
