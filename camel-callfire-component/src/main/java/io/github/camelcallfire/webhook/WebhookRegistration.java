package io.github.camelcallfire.webhook;

import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.model.Webhook;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Creates the CallFire webhook of a route (POST /webhooks) and deletes it again (DELETE /webhooks/{id}), through the
 * endpoint's operation executor: the same credentials, pool, retries and error mapping as every other operation.
 */
public final class WebhookRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistration.class);

    private final WebhookResourceType resource;
    private final List<String> events;
    private final String name;
    private final String secret;
    private final String fields;
    private volatile Long webhookId;

    public WebhookRegistration(WebhookResourceType resource, List<String> events, String name, String secret,
                               String fields) {
        this.resource = resource;
        this.events = events;
        this.name = name;
        this.secret = secret;
        this.fields = fields;
    }

    /** Creates the webhook; its id is kept for {@link #unregister}. */
    public synchronized void register(OperationExecutor executor, String callback) {
        Webhook webhook = new Webhook();
        webhook.setName(name);
        webhook.setResource(resource.wireName());
        webhook.setEvents(events);
        webhook.setCallback(callback);
        webhook.setSecret(secret);
        webhook.setFields(fields);
        webhook.setEnabled(Boolean.TRUE);
        CallfireOperation create = CallfireOperation.CREATE_WEBHOOK;
        ResourceId created = (ResourceId) executor.execute(create, new Object[create.params().size()], webhook).body();
        webhookId = created == null ? null : created.getId();
        LOG.info("Registered CallFire webhook {} ({} {} -> {})", webhookId, resource.wireName(), events, callback);
    }

    /** Deletes the webhook created by {@link #register}, if any; a webhook already gone is not an error. */
    public synchronized void unregister(OperationExecutor executor) {
        Long id = webhookId;
        if (id == null) {
            return;
        }
        webhookId = null;
        CallfireOperation delete = CallfireOperation.DELETE_WEBHOOK;
        Object[] arguments = new Object[delete.params().size()];
        arguments[delete.indexOf("id")] = id;
        try {
            executor.execute(delete, arguments, null);
            LOG.info("Deleted CallFire webhook {}", id);
        } catch (RuntimeException e) {
            // stopping must go on; the webhook then stays at CallFire and posts to a path nobody answers
            LOG.warn("Could not delete CallFire webhook {}: {}. Delete it with callfire:webhooks/delete?id={}", id,
                    e.getMessage(), id);
        }
    }

    /** The id of the webhook this registration created and has not deleted yet, or null. */
    public Long webhookId() {
        return webhookId;
    }
}
