package io.github.camelcallfire.sandbox.webhooks;

import java.util.List;
import java.util.Map;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxResponse;

/**
 * The webhook part of the control API under {@code /sandbox}: the delivery log and delivery faults.
 * <ul>
 * <li>{@code GET /sandbox/webhook-deliveries[?webhookId=N]}: {@code {"items":[delivery...],"totalCount":N}},
 * oldest first;</li>
 * <li>{@code DELETE /sandbox/webhook-deliveries}: empties the log;</li>
 * <li>{@code POST /sandbox/webhook-faults} ({@link WebhookFault}): {@code 201 {"id":N}};</li>
 * <li>{@code GET /sandbox/webhook-faults}: the active rules with their {@code remaining} uses;</li>
 * <li>{@code DELETE /sandbox/webhook-faults}: clears them.</li>
 * </ul>
 */
public final class WebhookControl {

    private WebhookControl() {
    }

    public static void register(Router router, WebhookService webhooks) {
        router.get("/webhook-deliveries", r -> {
            Long webhookId = r.queryLong("webhookId").orElse(null);
            List<Object> items = webhooks.deliveries().stream()
                    .filter(d -> webhookId == null || d.webhook().id() == webhookId)
                    .map(d -> (Object) d.toJson()).toList();
            return SandboxResponse.ok(Map.of("items", items, "totalCount", items.size()));
        });
        router.delete("/webhook-deliveries", r -> {
            webhooks.clearDeliveries();
            return SandboxResponse.noContent();
        });
        router.get("/webhook-faults", r -> SandboxResponse.ok(Map.of("items", webhooks.faults())));
        router.post("/webhook-faults", r -> {
            WebhookFault fault = r.json(WebhookFault.class);
            try {
                return SandboxResponse.created(webhooks.addFault(fault).getId());
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(e.getMessage());
            }
        });
        router.delete("/webhook-faults", r -> {
            webhooks.clearFaults();
            return SandboxResponse.noContent();
        });
    }
}
