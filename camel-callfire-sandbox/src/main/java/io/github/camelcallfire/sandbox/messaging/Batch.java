package io.github.camelcallfire.sandbox.messaging;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.Json;

/**
 * A group of broadcast recipients and the texts or calls made for them the moment the batch was added: they wait
 * {@code READY} until the broadcast runs.
 */
public final class Batch {

    private final long id;
    private final Broadcast broadcast;
    private final String name;
    private final long created;
    private final List<JsonNode> recipients;
    private boolean enabled = true;
    private List<Action> actions;

    Batch(long id, Broadcast broadcast, String name, long created, List<JsonNode> recipients) {
        this.id = id;
        this.broadcast = broadcast;
        this.name = name;
        this.created = created;
        this.recipients = List.copyOf(recipients);
    }

    public long id() {
        return id;
    }

    public Broadcast broadcast() {
        return broadcast;
    }

    List<JsonNode> recipients() {
        return recipients;
    }

    /** Sets the batch's texts or calls, once, right after they were created. */
    synchronized void actions(List<? extends Action> created, long now) {
        actions = new ArrayList<>(created);
        if (!enabled) {
            actions.forEach(a -> a.disable(now));
        }
    }

    synchronized List<Action> actions() {
        return actions == null ? List.of() : List.copyOf(actions);
    }

    public synchronized boolean enabled() {
        return enabled;
    }

    /**
     * Disabling turns the batch's pending actions DISABLED; enabling queues them again, held when the broadcast is
     * not running ({@code hold}).
     */
    synchronized void enabled(boolean value, long now, long dueAt, boolean hold) {
        enabled = value;
        for (Action action : actions()) {
            if (value) {
                action.enable(now, dueAt);
                if (hold) {
                    action.hold();
                }
            } else {
                action.settle(now);
                action.disable(now);
            }
        }
    }

    public ObjectNode toJson(long now) {
        List<Action> current = actions();
        current.forEach(a -> a.settle(now));
        long remaining = current.stream().filter(Action::pending).count();
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("name", name);
        json.put("status", "ACTIVE");
        json.put("broadcastId", broadcast.id());
        json.put("created", created);
        json.put("size", recipients.size());
        json.put("remaining", remaining);
        json.put("enabled", enabled());
        return json;
    }
}
