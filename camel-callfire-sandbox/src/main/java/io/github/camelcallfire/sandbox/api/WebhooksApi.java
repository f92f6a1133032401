package io.github.camelcallfire.sandbox.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.webhooks.Webhook;
import io.github.camelcallfire.sandbox.webhooks.WebhookResource;
import io.github.camelcallfire.sandbox.webhooks.WebhookStore;

/**
 * findWebhooks, createWebhook, getWebhook, updateWebhook, deleteWebhook, findWebhookResources, getWebhookResource.
 * Deliveries are the {@link io.github.camelcallfire.sandbox.webhooks.WebhookService}'s.
 */
public final class WebhooksApi implements ApiModule {

    static final int DEFAULT_LIMIT = 100;

    @Override
    public void register(Router router, SandboxState state) {
        router.get("/webhooks", r -> find(r, state));
        router.post("/webhooks", r -> SandboxResponse.created(store(state).create(r.json()).id()));
        router.get("/webhooks/resources", r -> SandboxResponse.ok(PageRequest.itemList(
                Arrays.stream(WebhookResource.values()).map(WebhooksApi::resourceJson).toList())));
        router.get("/webhooks/resources/{resource}", r -> SandboxResponse.ok(resourceJson(
                WebhookResource.of(r.pathParam("resource")).orElseThrow(() -> new ApiError(404, 0,
                        "Webhook resource " + r.pathParam("resource") + " not found",
                        "Available resources are " + WebhookResource.names())))));
        router.get("/webhooks/{id}", r -> SandboxResponse.ok(store(state).get(r.pathLong("id")).toJson()));
        router.put("/webhooks/{id}", r -> {
            store(state).update(r.pathLong("id"), r.json());
            return SandboxResponse.emptyOk();
        });
        router.delete("/webhooks/{id}", r -> {
            store(state).delete(r.pathLong("id"));
            return SandboxResponse.noContent();
        });
    }

    private static SandboxResponse find(SandboxRequest r, SandboxState state) {
        PageRequest page = PageRequest.of(r, DEFAULT_LIMIT);
        WebhookResource resource = r.query("resource").map(name -> WebhookResource.of(name).orElseThrow(() ->
                ApiError.badRequest("Unknown webhook resource '" + name + "'; available resources are "
                        + WebhookResource.names()))).orElse(null);
        WebhookStore.Query query = new WebhookStore.Query(r.query("name").orElse(null), resource,
                r.query("event").orElse(null), r.query("callback").orElse(null), r.queryBool("enabled").orElse(null));
        List<Webhook> found = store(state).find(query);
        return SandboxResponse.ok(page.page(found.stream().map(Webhook::toJson).toList()));
    }

    private static Map<String, Object> resourceJson(WebhookResource resource) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("resource", resource.wireName());
        json.put("supportedEvents", resource.supportedEvents());
        return json;
    }

    private static WebhookStore store(SandboxState state) {
        return state.store(WebhookStore.class);
    }
}
