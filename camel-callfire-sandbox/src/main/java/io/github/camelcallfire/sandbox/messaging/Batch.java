package io.github.camelcallfire.sandbox.messaging;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.Json;

/**
 * A group of broadcast recipients. Its actions are created when it is launched (at broadcast start, or at once for a
 * running broadcast); until then it only holds the validated recipients.
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

    synchronized boolean launched() {
        return actions != null;
    }

    synchronized void launched(List<? extends Action> created, long now) {
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
     * stopped ({@code hold}).
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
        long remaining;
        if (launched()) {
            current.forEach(a -> a.settle(now));
            remaining = current.stream().filter(Action::pending).count();
        } else {
            remaining = recipients.size();
        }
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
