package io.github.camelcallfire.webhook;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.model.Webhook;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.sandbox.webhooks.Delivery;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

/**
 * {@link WebhookTestSupport} with a sandbox (fresh before each test) as the CallFire API: it serves /v2/webhooks,
 * and it posts the signed notifications of its webhooks to their callbacks, here the route's platform-http.
 */
abstract class SandboxWebhookTestSupport extends WebhookTestSupport {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    static CallfireSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    /** The callfire component of the route under test, with the sandbox's credentials. */
    static CallfireComponent sandboxCallfire() {
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setBaseUrl(sandbox().baseUrl());
        component.getConfiguration().setUsername(sandbox().username());
        component.getConfiguration().setPassword(sandbox().password());
        component.getConfiguration().setMaxRetries(0);
        return component;
    }

    /** Calls the sandbox's API with the component's own operations, from a context apart from the route's. */
    static <T> T callfireApi(String uri, Object body, Class<T> type) throws Exception {
        try (CamelContext probe = new DefaultCamelContext()) {
            probe.addComponent("callfire", sandboxCallfire());
            probe.start();
            ProducerTemplate template = probe.createProducerTemplate();
            return template.requestBody(uri, body, type);
        }
    }

    /** What GET /v2/webhooks lists. */
    @SuppressWarnings("unchecked")
    static List<Webhook> webhooks() throws Exception {
        return callfireApi("callfire:webhooks/find", null, Page.class).getItems();
    }

    /** Creates a webhook through POST /v2/webhooks, as another client (a crashed run, a deployment script) would. */
    static long createWebhook(String name, String resource, String callback, String secret) throws Exception {
        Webhook webhook = new Webhook();
        webhook.setName(name);
        webhook.setResource(resource);
        webhook.setEvents(List.of("Finished"));
        webhook.setCallback(callback);
        webhook.setSecret(secret);
        return callfireApi("callfire:webhooks/create", webhook, ResourceId.class).getId();
    }

    /** The sandbox's delivery log (GET /sandbox/webhook-deliveries), oldest first. */
    static List<Delivery> deliveries() {
        return sandbox().webhooks().deliveries();
    }

    /** The delivery log of one webhook. */
    static List<Delivery> deliveries(long webhookId) {
        return deliveries().stream().filter(delivery -> delivery.webhook().id() == webhookId).toList();
    }
}
