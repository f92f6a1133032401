package io.github.camelcallfire.webhook;

import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.model.Webhook;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationExecutor;
import io.github.camelcallfire.operation.PageIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
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

    /**
     * Creates the webhook; its id is kept for {@link #unregister}. Webhooks of the same resource with the same
     * callback are deleted first: a run that ended without deleting its webhook (a crash, kill -9) would otherwise
     * have CallFire post every event twice, under two webhook ids, which the idempotent repository cannot tell apart.
     */
    public synchronized void register(OperationExecutor executor, String callback) {
        deleteLeftovers(executor, callback);
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

    private void deleteLeftovers(OperationExecutor executor, String callback) {
        CallfireOperation find = CallfireOperation.FIND_WEBHOOKS;
        Object[] arguments = new Object[find.params().size()];
        arguments[find.indexOf("callback")] = callback;
        arguments[find.indexOf("resource")] = resource.wireName();
        List<Long> leftovers = new ArrayList<>();
        try {
            PageIterator<Webhook> webhooks = executor.iterate(find, arguments, 100);
            while (webhooks.hasNext()) {
                Webhook webhook = webhooks.next();
                // the filters are CallFire's; the same callback and resource are checked here as well
                if (webhook.getId() != null && callback.equals(webhook.getCallback())
                        && resource.wireName().equalsIgnoreCase(webhook.getResource())) {
                    leftovers.add(webhook.getId());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not look for CallFire webhooks left at {} by an earlier run: {}", callback,
                    e.getMessage());
            return;
        }
        for (Long id : leftovers) {
            LOG.warn("Deleting CallFire webhook {}: an earlier run left it at the same callback {}", id, callback);
            delete(executor, id);
        }
    }

    /** Deletes the webhook created by {@link #register}, if any; a webhook already gone is not an error. */
    public synchronized void unregister(OperationExecutor executor) {
        Long id = webhookId;
        if (id == null) {
            return;
        }
        webhookId = null;
        delete(executor, id);
    }

    private static void delete(OperationExecutor executor, Long id) {
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
