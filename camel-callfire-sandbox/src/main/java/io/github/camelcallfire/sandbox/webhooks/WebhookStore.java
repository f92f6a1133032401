package io.github.camelcallfire.sandbox.webhooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** The account's webhooks, newest first. A reset of the sandbox drops them with every other store. */
public final class WebhookStore {

    /** Filters of GET /webhooks; null means "any". */
    public record Query(String name, WebhookResource resource, String event, String callback, Boolean enabled) {
    }

    private final SandboxState state;
    private final Map<Long, Webhook> webhooks = new ConcurrentSkipListMap<>(Collections.reverseOrder());

    public WebhookStore(SandboxState state) {
        this.state = state;
    }

    public Webhook create(JsonNode body) {
        Webhook webhook = Webhook.create(state.nextId(), body, state.now());
        webhooks.put(webhook.id(), webhook);
        return webhook;
    }

    public Webhook get(long id) {
        Webhook webhook = webhooks.get(id);
        if (webhook == null) {
            throw ApiError.notFound("Webhook", id);
        }
        return webhook;
    }

    public Webhook update(long id, JsonNode body) {
        Webhook result = webhooks.computeIfPresent(id, (k, old) -> old.update(body, state.now()));
        if (result == null) {
            throw ApiError.notFound("Webhook", id);
        }
        return result;
    }

    public void delete(long id) {
        if (webhooks.remove(id) == null) {
            throw ApiError.notFound("Webhook", id);
        }
    }

    public List<Webhook> find(Query q) {
        List<Webhook> out = new ArrayList<>();
        for (Webhook w : webhooks.values()) {
            if (q.name() != null && !q.name().equals(w.name())
                    || q.resource() != null && q.resource() != w.resource()
                    || q.event() != null && w.events().stream().noneMatch(e -> e.equalsIgnoreCase(q.event()))
                    || q.callback() != null && !q.callback().equals(w.callback())
                    || q.enabled() != null && q.enabled() != w.enabled()) {
                continue;
            }
            out.add(w);
        }
        return out;
    }

    /** Whether any webhook, enabled or not, watches this resource (then its objects are worth watching). */
    boolean watches(WebhookResource resource) {
        for (Webhook w : webhooks.values()) {
            if (w.resource() == resource) {
                return true;
            }
        }
        return false;
    }

    /**
     * The webhooks that fire on this event now, oldest first. A single-use webhook is removed here, atomically, so it
     * fires for one event only even when two happen at once.
     */
    List<Webhook> fire(WebhookResource resource, String event) {
        long now = state.now();
        List<Webhook> out = new ArrayList<>();
        for (Webhook w : webhooks.values()) {
            if (!w.firesOn(resource, event, now)) {
                continue;
            }
            if (!w.singleUse() || webhooks.remove(w.id(), w)) {
                out.add(w);
            }
        }
        Collections.reverse(out);
        return out;
    }
}
