package io.github.camelcallfire.webhook;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of {@code callfire:webhooks/events}, the consumer of CallFire webhook notifications (directly, or as
 * {@code webhook:callfire:webhooks/events}). The webhook's resource and its {@code fields} are the options
 * {@code resource} and {@code fields} that the webhooks operations share.
 */
@UriParams
public class CallfireWebhookOptions implements Cloneable {

    @UriParam(label = "consumer", description = "webhooks/events: the events of the resource the webhook is "
            + "registered for, separated by commas, e.g. Started,Finished for TextBroadcast; case is ignored. Default: "
            + "every event the resource supports (InboundText, OutboundText, InboundCall, OutboundCall: Finished; "
            + "TextBroadcast, CallBroadcast, CccCampaign: Started, Stopped, Finished; ContactList: ValidationFinished, "
            + "ValidationFailed; OutboundTextDeliveryReport: Received; MonthlyRenewal, LowBalance: Finished, Failed).")
    private String events;
    @UriParam(label = "consumer,security", secret = true, description = "webhooks/events: the webhook's secret. "
            + "CallFire signs each notification with it (header X-CallFire-Signature: Base64 of the HmacSHA1 of the raw "
            + "body); a notification without that header or with a wrong signature is answered 401 and emits nothing. "
            + "Without a secret notifications are not checked and anyone who learns the URL can post events: always "
            + "set one. Protect special characters with RAW(...).")
    private String secret;
    @UriParam(label = "consumer", defaultValue = "camel-callfire", description = "webhooks/events: the name the "
            + "webhook is registered under (webhook:callfire:webhooks/events registers it).")
    private String webhookName = "camel-callfire";
    @UriParam(label = "consumer", description = "The local path that callfire:webhooks/events listens on with Camel's "
            + "platform-http (e.g. /callfire/events), for webhooks you register yourself with that URL as callback. "
            + "Required there. With webhook:callfire:webhooks/events the webhook component's option of the same name "
            + "sets the path (default: a hash of the URI).")
    private String webhookPath;
    @UriParam(label = "consumer,advanced", description = "webhooks/events: remembers the events already emitted, so "
            + "that a notification CallFire delivers again emits nothing again. The key of an event is webhookId, "
            + "resourceType, eventType, the resource's id and the event's timestamp (see docs/webhooks.md). Default: an "
            + "in-memory repository of the last 1000 keys per endpoint; use a persistent or shared one (JDBC, "
            + "Infinispan, ...) to drop repeats across restarts and instances.")
    private IdempotentRepository idempotentRepository;

    public CallfireWebhookOptions copy() {
        try {
            return (CallfireWebhookOptions) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getWebhookName() {
        return webhookName;
    }

    public void setWebhookName(String webhookName) {
        this.webhookName = webhookName;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }
}
