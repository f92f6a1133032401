package io.github.camelcallfire.sandbox.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;

/**
 * A text or call broadcast: its writable definition, its status and its batches. Status moves SETUP -> RUNNING ->
 * FINISHED (once every action is final, checked lazily on read), STOPPED on stop and ARCHIVED on archive.
 */
public final class Broadcast {

    public enum Status { SETUP, RUNNING, STOPPED, FINISHED, ARCHIVED }

    private final long id;
    private final BroadcastKind kind;
    private final long created;
    private ObjectNode definition;
    private Status status = Status.SETUP;
    private long lastModified;
    private final List<Batch> batches = new ArrayList<>();

    Broadcast(long id, BroadcastKind kind, ObjectNode definition, long created) {
        this.id = id;
        this.kind = kind;
        this.definition = definition;
        this.created = created;
        this.lastModified = created;
    }

    public long id() {
        return id;
    }

    public BroadcastKind kind() {
        return kind;
    }

    public long created() {
        return created;
    }

    public synchronized ObjectNode definition() {
        return definition.deepCopy();
    }

    /** A text field of the definition, null when absent. */
    public synchronized String field(String name) {
        JsonNode value = definition.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    public synchronized List<String> labels() {
        List<String> labels = new ArrayList<>();
        definition.path("labels").forEach(l -> labels.add(l.asText()));
        return labels;
    }

    synchronized void update(ObjectNode changes, long now) {
        ObjectNode merged = definition.deepCopy();
        merged.setAll(changes);
        definition = merged;
        lastModified = now;
    }

    public synchronized Status status() {
        return status;
    }

    /** Running or finished: new recipients go out at once instead of waiting for a start. */
    synchronized boolean sending() {
        return status == Status.RUNNING || status == Status.FINISHED;
    }

    synchronized void status(Status next, long now) {
        status = next;
        lastModified = now;
    }

    synchronized void addBatch(Batch batch) {
        batches.add(batch);
    }

    public synchronized List<Batch> batches() {
        return List.copyOf(batches);
    }

    public List<Action> actions() {
        List<Action> all = new ArrayList<>();
        batches().forEach(b -> all.addAll(b.actions()));
        return all;
    }

    /** Settles every action; a running broadcast whose actions are all final becomes FINISHED. */
    public synchronized void refresh(long now) {
        List<Action> all = actions();
        all.forEach(a -> a.settle(now));
        if (status == Status.RUNNING && !all.isEmpty() && all.stream().noneMatch(Action::pending)) {
            status(Status.FINISHED, now);
        }
    }

    public synchronized void requireNotArchived(String operation) {
        if (status == Status.ARCHIVED) {
            throw ApiError.badRequest(kind.title() + " " + id + " is archived and cannot " + operation);
        }
    }

    public synchronized boolean matchesName(String part) {
        String name = field("name");
        return name != null && name.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    public synchronized boolean scheduled() {
        return definition.path("schedules").size() > 0;
    }

    public synchronized ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.setAll(definition.deepCopy());
        json.put("status", status.name());
        json.put("lastModified", lastModified);
        return json;
    }
}
