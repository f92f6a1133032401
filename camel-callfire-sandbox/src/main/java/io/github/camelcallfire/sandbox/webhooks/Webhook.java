package io.github.camelcallfire.sandbox.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.FieldsFilter;
import io.github.camelcallfire.sandbox.http.Json;

/**
 * A CallFire Webhook, immutable: an update stores a new value. {@code createdAt} and
 * {@code updatedAt} are read-only; {@code enabled} defaults to true, {@code singleUse} to false.
 */
public record Webhook(long id, String name, WebhookResource resource, List<String> events, String callback,
                      String secret, boolean enabled, Boolean nonStrictSsl, String fields, boolean singleUse,
                      long createdAt, long updatedAt, Long expiresAt) {

    /** A new webhook from a create body: {@code resource}, {@code events} and {@code callback} are required. */
    static Webhook create(long id, JsonNode body, long now) {
        requireObject(body);
        return merge(new Webhook(id, null, null, List.of(), null, null, true, null, null, false, now, now, null),
                body, now);
    }

    /** This webhook with the fields present in an update body changed; the result is validated as a whole. */
    Webhook update(JsonNode body, long now) {
        requireObject(body);
        return merge(this, body, now);
    }

    private static Webhook merge(Webhook base, JsonNode body, long now) {
        String name = body.has("name") ? text(body, "name") : base.name;
        WebhookResource resource = base.resource;
        if (body.has("resource")) {
            String value = text(body, "resource");
            resource = value == null ? null : WebhookResource.of(value).orElseThrow(() -> ApiError.badRequest(
                    "Unknown webhook resource '" + value + "'; available resources are " + WebhookResource.names()));
        }
        List<String> rawEvents = body.has("events") ? strings(body, "events") : base.events;
        String callback = body.has("callback") ? text(body, "callback") : base.callback;
        String secret = body.has("secret") ? text(body, "secret") : base.secret;
        boolean enabled = body.has("enabled") ? bool(body, "enabled", true) : base.enabled;
        Boolean nonStrictSsl = body.has("nonStrictSsl") ? (Boolean) bool(body, "nonStrictSsl", null) : base.nonStrictSsl;
        String fields = body.has("fields") ? text(body, "fields") : base.fields;
        boolean singleUse = body.has("singleUse") ? bool(body, "singleUse", false) : base.singleUse;
        Long expiresAt = body.has("expiresAt") ? number(body, "expiresAt") : base.expiresAt;

        if (resource == null) {
            throw ApiError.badRequest("Webhook field 'resource' is required; available resources are "
                    + WebhookResource.names());
        }
        if (rawEvents == null || rawEvents.isEmpty()) {
            throw ApiError.badRequest("Webhook field 'events' is required: at least one of "
                    + resource.supportedEvents() + " for " + resource.wireName());
        }
        Set<String> events = new LinkedHashSet<>();
        for (String event : rawEvents) {
            WebhookResource r = resource;
            events.add(resource.event(event).orElseThrow(() -> ApiError.badRequest(
                    "Event [" + event + "] is unsupported for " + r.wireName() + " resource, supported events are: "
                            + r.supportedEvents())));
        }
        if (callback == null) {
            throw ApiError.badRequest("Webhook field 'callback' (the URL that receives the POSTs) is required");
        }
        requireCallbackUrl(callback);
        if (fields != null) {
            FieldsFilter.parse(fields);
        }
        return new Webhook(base.id, name, resource, List.copyOf(events), callback, secret, enabled, nonStrictSsl,
                fields, singleUse, base.createdAt, now, expiresAt);
    }

    private static void requireCallbackUrl(String callback) {
        try {
            URI uri = new URI(callback);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw ApiError.badRequest("Webhook field 'callback' must be an absolute http or https URL, got '"
                + callback + "'");
    }

    /** Whether this webhook fires for the event: enabled, not expired, watching this resource and event. */
    boolean firesOn(WebhookResource r, String event, long now) {
        return enabled && resource == r && events.contains(event) && (expiresAt == null || expiresAt > now);
    }

    /** The webhook as GET /webhooks/{id} answers it (null fields omitted). */
    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("id", id);
        if (name != null) {
            json.put("name", name);
        }
        json.put("resource", resource.wireName());
        events.forEach(json.putArray("events")::add);
        json.put("callback", callback);
        if (secret != null) {
            json.put("secret", secret);
        }
        json.put("enabled", enabled);
        if (nonStrictSsl != null) {
            json.put("nonStrictSsl", nonStrictSsl.booleanValue());
        }
        if (fields != null) {
            json.put("fields", fields);
        }
        json.put("singleUse", singleUse);
        json.put("createdAt", createdAt);
        json.put("updatedAt", updatedAt);
        if (expiresAt != null) {
            json.put("expiresAt", expiresAt.longValue());
        }
        return json;
    }

    private static void requireObject(JsonNode body) {
        if (!body.isObject()) {
            throw ApiError.badRequest("Webhook body must be a JSON object");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest("Webhook field '" + field + "' must be a string, got " + value);
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    private static Boolean bool(JsonNode body, String field, Boolean whenNull) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return whenNull;
        }
        if (!value.isBoolean()) {
            throw ApiError.badRequest("Webhook field '" + field + "' must be true or false, got " + value);
        }
        return value.asBoolean();
    }

    private static Long number(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ApiError.badRequest("Webhook field '" + field + "' must be epoch milliseconds, got " + value);
        }
        return value.asLong();
    }

    private static List<String> strings(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw ApiError.badRequest("Webhook field '" + field + "' must be an array of event names, got " + value);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : value) {
            if (!e.isTextual() || e.asText().isBlank()) {
                throw ApiError.badRequest("Webhook field '" + field + "' must hold event names, got " + e);
            }
            out.add(e.asText());
        }
        return out;
    }
}
