package io.github.camelcallfire.sandbox.webhooks;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.contacts.ContactList;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.messaging.Action;
import io.github.camelcallfire.sandbox.messaging.ActionState;
import io.github.camelcallfire.sandbox.messaging.Broadcast;
import io.github.camelcallfire.sandbox.messaging.BroadcastKind;
import io.github.camelcallfire.sandbox.messaging.TextAction;
import io.github.camelcallfire.sandbox.state.SandboxState;

/**
 * The seam between the stores and the webhooks: the stores report here, in one call each, the few state changes a
 * webhook can watch (an action stored, a broadcast's status changed, a contact list created), and this class turns
 * them into CallFire webhook events for the {@link WebhookService}.
 *
 * <p>Texts, calls and broadcasts finish lazily in the sandbox (when read, see {@link Action#settle}); so that a
 * webhook hears of it when it happens, the service's timer calls {@link #tick()}: it settles the outbound actions and
 * running broadcasts it watches, exactly as a read would, and reports those that finished. An outbound text or call
 * is watched when, at its creation, some webhook (enabled or not) exists for {@code OutboundText} or
 * {@code OutboundCall}; a running broadcast is settled while a webhook for its kind exists.
 *
 * <p>Without an attached service (a {@link SandboxState} used on its own) every call returns at once.
 */
public final class SandboxEvents {

    private final SandboxState state;
    private volatile WebhookService service;
    private final Set<Action> watchedActions = ConcurrentHashMap.newKeySet();
    private final Map<Long, TrackedBroadcast> broadcasts = new ConcurrentHashMap<>();

    /** A broadcast whose status changes are reported, with the status last seen. */
    private static final class TrackedBroadcast {
        final Broadcast broadcast;
        Broadcast.Status last;

        TrackedBroadcast(Broadcast broadcast) {
            this.broadcast = broadcast;
        }
    }

    public SandboxEvents(SandboxState state) {
        this.state = state;
    }

    void attach(WebhookService webhookService) {
        this.service = webhookService;
    }

    /**
     * A text or call was stored. Inbound ones arrive finished ({@code InboundText}/{@code InboundCall}
     * {@code Finished} at once); an outbound one is reported {@code Finished} when it reaches state FINISHED (at once
     * when it was stored finished, e.g. a DNT text).
     */
    public void actionAdded(Action action) {
        WebhookService s = service;
        if (s == null) {
            return;
        }
        boolean text = action instanceof TextAction;
        if (action.inbound()) {
            s.publish(text ? WebhookResource.INBOUND_TEXT : WebhookResource.INBOUND_CALL, "Finished",
                    () -> actionJson(action));
            return;
        }
        WebhookResource resource = text ? WebhookResource.OUTBOUND_TEXT : WebhookResource.OUTBOUND_CALL;
        ActionState current = action.state();
        if (current == ActionState.FINISHED) {
            s.publish(resource, "Finished", () -> actionJson(action));
        } else if (waiting(current) && s.store().watches(resource)) {
            watchedActions.add(action);
        }
    }

    /**
     * A broadcast's status may have changed; call it while holding the broadcast's lock. Reports
     * {@code Started} (to RUNNING from anything but FINISHED: a finished broadcast that takes new recipients runs
     * again without a new start), {@code Stopped} (RUNNING to STOPPED) and {@code Finished} (RUNNING to FINISHED).
     */
    public void broadcastChanged(Broadcast broadcast) {
        WebhookService s = service;
        if (s == null) {
            return;
        }
        Broadcast.Status now = broadcast.status();
        TrackedBroadcast tracked = broadcasts.computeIfAbsent(broadcast.id(), id -> new TrackedBroadcast(broadcast));
        Broadcast.Status before;
        synchronized (tracked) {
            before = tracked.last;
            tracked.last = now;
        }
        if (now == Broadcast.Status.ARCHIVED) {
            broadcasts.remove(broadcast.id());
        }
        if (before == now) {
            return;
        }
        String event = switch (now) {
            case RUNNING -> before == Broadcast.Status.FINISHED ? null : "Started";
            case STOPPED -> before == Broadcast.Status.RUNNING ? "Stopped" : null;
            case FINISHED -> before == Broadcast.Status.RUNNING ? "Finished" : null;
            default -> null;
        };
        if (event != null) {
            s.publish(resourceOf(broadcast), event, broadcast::toJson);
        }
    }

    /** A contact list was created: the sandbox validates lists at once, so its validation has finished. */
    public void contactListCreated(ContactList list) {
        WebhookService s = service;
        if (s != null) {
            s.publish(WebhookResource.CONTACT_LIST, "ValidationFinished", () -> Json.MAPPER.valueToTree(list));
        }
    }

    /** Settles what is watched, as a read would, and reports what finished. Runs on the service's timer. */
    void tick() {
        WebhookService s = service;
        if (s == null || watchedActions.isEmpty() && broadcasts.isEmpty()) {
            return;
        }
        long now = state.now();
        for (Action action : watchedActions) {
            action.settle(now);
            ActionState current = action.state();
            if (waiting(current) || !watchedActions.remove(action)) {
                continue;
            }
            if (current == ActionState.FINISHED) {
                s.publish(action instanceof TextAction ? WebhookResource.OUTBOUND_TEXT
                        : WebhookResource.OUTBOUND_CALL, "Finished", () -> actionJson(action));
            }
        }
        WebhookStore store = null;
        for (TrackedBroadcast tracked : broadcasts.values()) {
            Broadcast broadcast = tracked.broadcast;
            boolean running = broadcast.status() == Broadcast.Status.RUNNING;
            boolean wasRunning;
            synchronized (tracked) {
                wasRunning = tracked.last == Broadcast.Status.RUNNING;
            }
            if (!running && !wasRunning) {
                continue;
            }
            if (running) {
                store = store != null ? store : s.store();
                if (!store.watches(resourceOf(broadcast))) {
                    continue;
                }
            }
            // a read may have finished it meanwhile: then only the report is missing
            synchronized (broadcast) {
                if (running) {
                    // first note it runs: one that finished, took new recipients and is done again in this refresh
                    // must be seen going RUNNING -> FINISHED
                    broadcastChanged(broadcast);
                    broadcast.refresh(now);
                }
                broadcastChanged(broadcast);
            }
        }
    }

    /** Forgets everything watched (sandbox reset). */
    void reset() {
        watchedActions.clear();
        broadcasts.clear();
    }

    /** READY, or DISABLED by its batch or a recipient toggle: it may still finish later. */
    private static boolean waiting(ActionState current) {
        return current == ActionState.READY || current == ActionState.DISABLED;
    }

    private static WebhookResource resourceOf(Broadcast broadcast) {
        return broadcast.kind() == BroadcastKind.TEXT ? WebhookResource.TEXT_BROADCAST
                : WebhookResource.CALL_BROADCAST;
    }

    private JsonNode actionJson(Action action) {
        WebhookService s = service;
        Supplier<String> root = s == null ? null : s.rootUrl();
        return Json.MAPPER.valueToTree(action.json(Optional.ofNullable(root == null ? null : root.get())));
    }
}
