package io.github.camelcallfire.sandbox.webhooks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.Json;

/**
 * One notification on its way to one webhook's callback: the exact body and signature sent with every attempt, and
 * what each attempt got. Shown by {@code GET /sandbox/webhook-deliveries}.
 */
public final class Delivery {

    /** PENDING while attempts remain, then DELIVERED (a 2xx answer) or FAILED (every attempt failed). */
    public enum Outcome { PENDING, DELIVERED, FAILED }

    /**
     * One POST. {@code status} is the receiver's HTTP status (or the injected one), null when no answer came;
     * {@code error} says why an attempt failed without an answer (refused connection, timeout, injected fault).
     */
    public record Attempt(int attempt, long at, Integer status, String error, long durationMs) {
    }

    private final long id;
    private final Webhook webhook;
    private final WebhookResource resource;
    private final String eventType;
    private final Long resourceId;
    private final long created;
    private final byte[] body;
    private final String signature;
    private final List<Attempt> attempts = new ArrayList<>();
    private Outcome outcome = Outcome.PENDING;

    Delivery(long id, Webhook webhook, WebhookResource resource, String eventType, Long resourceId, long created,
             byte[] body, String signature) {
        this.id = id;
        this.webhook = webhook;
        this.resource = resource;
        this.eventType = eventType;
        this.resourceId = resourceId;
        this.created = created;
        this.body = body;
        this.signature = signature;
    }

    public long id() {
        return id;
    }

    public Webhook webhook() {
        return webhook;
    }

    public String callback() {
        return webhook.callback();
    }

    public byte[] body() {
        return body.clone();
    }

    byte[] rawBody() {
        return body;
    }

    /** Base64 HmacSHA1 of the body with the webhook's secret, null when it has none. */
    public String signature() {
        return signature;
    }

    public synchronized Outcome outcome() {
        return outcome;
    }

    public synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    synchronized int record(Integer status, String error, long startedAt, long endedAt) {
        attempts.add(new Attempt(attempts.size() + 1, startedAt, status, error, endedAt - startedAt));
        return attempts.size();
    }

    synchronized void finish(Outcome result) {
        outcome = result;
    }

    /** The entry of {@code GET /sandbox/webhook-deliveries}. */
    public synchronized ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("webhookId", webhook.id());
        if (webhook.name() != null) {
            json.put("webhookName", webhook.name());
        }
        json.put("callback", webhook.callback());
        json.put("resourceType", resource.wireName());
        json.put("eventType", eventType);
        if (resourceId != null) {
            json.put("resourceId", resourceId.longValue());
        }
        json.put("created", created);
        json.put("outcome", outcome.name());
        json.put("attemptCount", attempts.size());
        json.set("attempts", Json.MAPPER.valueToTree(attempts));
        if (signature != null) {
            json.put("signature", signature);
        }
        try {
            json.set("notification", Json.MAPPER.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException("a notification body is always JSON", e);
        }
        return json;
    }

    /** The notification as sent, parsed. */
    public JsonNode notification() {
        return toJson().get("notification");
    }
}
