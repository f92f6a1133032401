package io.github.camelcallfire.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.operation.OperationExecutor;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code callfire:webhooks/events} does beside an operation endpoint's work: checks its options, keeps the
 * idempotent repository, builds the notification handler and registers the webhook. One per endpoint.
 */
public final class WebhookEvents {

    /** The api and method of the webhook consumer: {@code callfire:webhooks/events}. */
    public static final String API = "webhooks";
    public static final String METHOD = "events";
    /** The options of {@code callfire:webhooks/events}, for error messages. */
    public static final String OPTIONS = "resource, events, secret, webhookName, webhookPath, fields, "
            + "idempotentRepository";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookEvents.class);

    private final CallfireWebhookOptions options;
    private final WebhookResourceType resource;
    private final List<String> events;
    private final String fields;
    private final IdempotentRepository repository;
    private final boolean ownRepository;
    private WebhookRegistration registration;

    /**
     * @param resource the option {@code resource} (may be null: the consumer then takes what is posted)
     * @throws IllegalArgumentException naming the wrong option and what is valid
     */
    public WebhookEvents(CallfireWebhookOptions options, String resource, String fields) {
        this.options = options;
        this.resource = resource == null ? null : WebhookResourceType.parse(resource);
        if (this.resource == null && options.getEvents() != null) {
            throw new IllegalArgumentException("Option events of callfire:webhooks/events needs the option resource "
                    + "(the resource whose events they are, e.g. resource=TextBroadcast&events=Finished)");
        }
        this.events = this.resource == null ? List.of() : this.resource.parseEvents(options.getEvents());
        this.fields = fields;
        this.ownRepository = options.getIdempotentRepository() == null;
        this.repository = ownRepository ? MemoryIdempotentRepository.memoryIdempotentRepository(1000)
                : options.getIdempotentRepository();
    }

    public static boolean isWebhookEvents(String api, String method) {
        return API.equals(api) && METHOD.equals(method);
    }

    /** Checks that the options the direct consumer needs are there. */
    public String requirePath() {
        String path = options.getWebhookPath();
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("callfire:webhooks/events as a consumer needs the option webhookPath: "
                    + "the local path that receives CallFire's notifications on platform-http, e.g. "
                    + "callfire:webhooks/events?webhookPath=/callfire/events&secret=RAW(...). To let Camel register "
                    + "the webhook as well, use webhook:callfire:webhooks/events?resource=InboundText&secret=RAW(...)");
        }
        if (options.getSecret() == null) {
            LOG.warn("callfire:webhooks/events on {} has no secret: notifications cannot be verified and anyone who "
                    + "can reach the path can post events. Set the option secret to the webhooks' secret.", path);
        }
        return path.trim();
    }

    /** Checks that a webhook can be registered: the resource is known. */
    public void requireResource() {
        if (resource == null) {
            throw new IllegalArgumentException("webhook:callfire:webhooks/events registers a CallFire webhook and needs "
                    + "the option resource: one of InboundText, OutboundText, InboundCall, OutboundCall, "
                    + "TextBroadcast, CallBroadcast, CccCampaign, ContactList, OutboundTextDeliveryReport, "
                    + "MonthlyRenewal, LowBalance (e.g. resource=InboundText&events=Finished). With "
                    + "webhookAutoRegister=false nothing is registered and no resource is needed.");
        }
        if (options.getSecret() == null) {
            LOG.warn("webhook:callfire:webhooks/events for {} has no secret: notifications cannot be verified and "
                    + "anyone who learns the URL can post events. Set the option secret.", resource.wireName());
        }
    }

    /** The handler of one HTTP request CallFire posts. */
    public Processor handler(ObjectMapper mapper, Processor next, Function<Exchange, Exchange> eventExchanges) {
        return new WebhookNotificationHandler(mapper, options.getSecret(), repository, eventExchanges, next);
    }

    public void start() {
        if (ownRepository) {
            ServiceHelper.startService(repository);
        }
    }

    public void stop() {
        if (ownRepository) {
            ServiceHelper.stopService(repository);
        }
    }

    /** Registers the webhook (POST /webhooks) with {@code callback} as its URL. */
    public synchronized void register(OperationExecutor executor, String callback) {
        requireResource();
        if (executor == null) {
            throw new IllegalArgumentException("webhook:callfire:webhooks/events registers a CallFire webhook and needs "
                    + "the username and password options (CallFire API credentials), on the component or the "
                    + "endpoint; or set webhookAutoRegister=false and register the webhook yourself");
        }
        requireReachable(callback);
        if (registration == null) {
            registration = new WebhookRegistration(resource, events, options.getWebhookName(), options.getSecret(),
                    fields);
        }
        registration.register(executor, callback);
    }

    /* without a host the webhook component makes the callback of the local wildcard address, e.g. http://0.0.0.0/... */
    private static void requireReachable(String callback) {
        String host;
        try {
            host = URI.create(callback).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        if (host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("[::]")) {
            throw new IllegalArgumentException("webhook:callfire:webhooks/events would register the callback "
                    + callback + ", which CallFire cannot reach. Set the webhook option webhookExternalUrl to the "
                    + "address CallFire posts to (e.g. webhookExternalUrl=https://app.example.com), or the REST "
                    + "configuration's host and port (camel.rest.host, camel.rest.port)");
        }
    }

    /** Deletes the webhook {@link #register} created. */
    public synchronized void unregister(OperationExecutor executor) {
        if (registration != null && executor != null) {
            registration.unregister(executor);
        }
    }

    /** The id of the webhook registered and not yet deleted, or null. */
    public Long webhookId() {
        return registration == null ? null : registration.webhookId();
    }

    public WebhookResourceType resource() {
        return resource;
    }

    public List<String> events() {
        return events;
    }
}
