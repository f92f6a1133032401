package io.github.camelcallfire;

import io.github.camelcallfire.model.BroadcastType;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationCatalog;
import io.github.camelcallfire.operation.OperationExecutor;
import io.github.camelcallfire.operation.OperationParam;
import io.github.camelcallfire.send.ChunkedSend;
import io.github.camelcallfire.send.SendResult;
import io.github.camelcallfire.validation.ArgumentRules;
import io.github.camelcallfire.validation.InvalidRequestException;
import io.github.camelcallfire.validation.ValueQuote;
import io.github.camelcallfire.webhook.CallfireWebhookConsumer;
import io.github.camelcallfire.webhook.CallfireWebhookOptions;
import io.github.camelcallfire.webhook.WebhookEvents;
import org.apache.camel.ApiEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Send texts and calls, run broadcasts and manage contacts, numbers and keywords with the CallFire REST API v2; receive
 * CallFire's webhook notifications with callfire:webhooks/events.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "callfire", title = "CallFire", syntax = "callfire:apiName/methodName",
             apiSyntax = "apiName/methodName", category = { Category.CLOUD, Category.MOBILE, Category.API }, headersClass = CallfireConstants.class)
public class CallfireEndpoint extends ScheduledPollEndpoint
        implements ApiEndpoint, EndpointServiceLocation, WebhookCapableEndpoint {

    static final long MAX_PAGE_SIZE = 1000;

    @UriPath(description = "The CallFire API area", enums = "texts,calls,broadcasts,batches,sounds,contacts,"
            + "contact-lists,dncs,keywords,keyword-leases,numbers,number-leases,orders,media,auto-replies,account,"
            + "caller-ids,api-credentials,webhooks")
    @Metadata(required = true)
    private String apiName;
    @UriPath(description = "The operation within the api, e.g. send, find, get, stats (see docs/operations.md); "
            + "webhooks/events is the consumer of CallFire's webhook notifications (see docs/webhooks.md)")
    @Metadata(required = true)
    private String methodName;
    @UriParam(label = "producer", defaultValue = "TEXT", description = "Which broadcasts the broadcasts api "
            + "addresses: TEXT (text broadcasts, /texts/broadcasts) or CALL (voice broadcasts, /calls/broadcasts).")
    private BroadcastType broadcastType;
    @UriParam(label = "producer", description = "For operations returning pages: return a lazy Iterator over every "
            + "item of every page instead of one page; the next page is fetched only when needed, so "
            + "split(body()).streaming() walks any number of items in constant memory. Pages have `limit` items "
            + "(default 1000).")
    private boolean autoPaginate;
    @UriParam(label = "producer", defaultValue = "SUMMARY", description = "What texts/send and calls/send return: "
            + "SUMMARY (a SendSummary with counts, constant memory for any list; CallFire is asked for ids only), "
            + "IDS (a SendSummary with the id of every text or call, 8 bytes each) or FULL (an ItemList of every "
            + "Text or Call, about 1 KB each: for short lists).")
    private SendResult sendResult = SendResult.SUMMARY;
    @UriParam(label = "producer,advanced", description = "Keeps the progress of texts/send and calls/send outside the "
            + "JVM, under the key in the CamelCallfireSendKey header (required then): each chunk is recorded as in "
            + "flight before it goes out and as sent once CallFire accepted it, so that after a crash (kill -9) the "
            + "same list with the same key continues where it stopped and never sends an accepted chunk again. A list "
            + "sent in full is recorded too: sending it again under the same key sends nothing. Use a repository "
            + "that survives the process, e.g. an io.github.camelcallfire.state.AtomicFileStateRepository.")
    private StateRepository<String, String> sendStateRepository;
    @UriParam
    private CallfireConfiguration configuration;
    /* each operation's own options: the catalog lists them per operation (apiProperties), see CallfireComponent */
    private CallfireOperationParameters parameters = new CallfireOperationParameters();
    @UriParam
    private CallfireConsumerConfiguration consumerConfiguration = new CallfireConsumerConfiguration();
    @UriParam
    private CallfireWebhookOptions webhookOptions = new CallfireWebhookOptions();

    private final Map<BroadcastType, EndpointOperation> operations = new EnumMap<>(BroadcastType.class);
    private final UnknownHeaders unknownHeaders = new UnknownHeaders();
    private EndpointOperation operation;
    private OperationExecutor executor;
    private ChunkedSend chunkedSend;
    private WebhookEvents webhookEvents;
    private WebhookConfiguration webhookConfiguration;

    public CallfireEndpoint(String uri, CallfireComponent component, CallfireConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public CallfireComponent getComponent() {
        return (CallfireComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        if (isWebhookEvents()) {
            throw new IllegalArgumentException("callfire:webhooks/events receives CallFire's webhook notifications "
                    + "and is a consumer only: use it in from(...). To manage webhooks, send to callfire:webhooks/create,"
                    + " webhooks/find, webhooks/delete");
        }
        return new CallfireProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (isWebhookEvents()) {
            String path = webhookEvents().requirePath();
            CallfireWebhookConsumer consumer = new CallfireWebhookConsumer(this, processor, path,
                    (next, eventExchanges) -> webhookEvents().handler(getComponent().objectMapper(), next,
                            eventExchanges));
            configureConsumer(consumer);
            return consumer;
        }
        requireOptionsForConsumer();
        CallfireConsumer consumer = new CallfireConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (isWebhookEvents()) {
            webhookEvents();
            return;
        }
        rejectWebhookOptions();
        if (broadcastType != null && !"broadcasts".equals(apiName)) {
            throw new IllegalArgumentException("Option broadcastType applies to the broadcasts api only, not to callfire:"
                    + apiName + "/" + methodName);
        }
        CallfireOperation resolved = OperationCatalog.resolve(apiName, methodName, broadcastType);
        validateOptions(resolved);
        operation = new EndpointOperation(resolved, parameters, unknownHeaders);
        operations.put(resolved.broadcastType() == null ? BroadcastType.TEXT : resolved.broadcastType(), operation);
        if (configuration.getUsername() == null || configuration.getPassword() == null) {
            throw new IllegalArgumentException("callfire:" + apiName + "/" + methodName + " needs the username and "
                    + "password options (CallFire API credentials), on the component or the endpoint");
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (isWebhookEvents()) {
            webhookEvents().start();
            if (configuration.getUsername() == null || configuration.getPassword() == null) {
                return; // registering the webhook needs them, and says so
            }
        }
        // the pool belongs to the component and is closed when it stops, so a restart needs a fresh lease
        executor = new OperationExecutor(getComponent().httpClient(configuration.httpSettings()),
                configuration.getBaseUrl(), configuration.getUsername(), configuration.getPassword(),
                getComponent().objectMapper());
        chunkedSend = new ChunkedSend(executor, getComponent().objectMapper());
    }

    @Override
    protected void doStop() throws Exception {
        if (webhookEvents != null) {
            webhookEvents.stop();
        }
        super.doStop();
    }

    private boolean isWebhookEvents() {
        return WebhookEvents.isWebhookEvents(apiName, methodName);
    }

    /* the options of callfire:webhooks/events, checked once; no operation option other than resource and fields */
    private synchronized WebhookEvents webhookEvents() {
        if (webhookEvents == null) {
            List<String> notApplicable = new ArrayList<>();
            for (String option : CallfireOperationParameters.NAMES) {
                if (parameters.value(option) != null && !"resource".equals(option) && !"fields".equals(option)) {
                    notApplicable.add(option);
                }
            }
            if (broadcastType != null) {
                notApplicable.add("broadcastType");
            }
            if (!notApplicable.isEmpty()) {
                throw new IllegalArgumentException("Option(s) " + String.join(", ", notApplicable) + " do not apply "
                        + "to callfire:webhooks/events. Valid options: " + WebhookEvents.OPTIONS);
            }
            webhookEvents = new WebhookEvents(webhookOptions, parameters.getResource(), parameters.getFields());
        }
        return webhookEvents;
    }

    private void rejectWebhookOptions() {
        if (webhookOptions.getEvents() != null || webhookOptions.getSecret() != null
                || webhookOptions.getWebhookPath() != null || webhookOptions.getIdempotentRepository() != null) {
            throw new IllegalArgumentException("Options events, secret, webhookPath and idempotentRepository apply to "
                    + "callfire:webhooks/events only, not to callfire:" + apiName + "/" + methodName
                    + ". To create a webhook with a secret, send a Webhook body to callfire:webhooks/create");
        }
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        return webhookEvents().handler(getComponent().objectMapper(), next, http -> {
            Exchange event = createExchange();
            event.getExchangeExtension().setFromRouteId(http.getFromRouteId());
            return event;
        });
    }

    @Override
    public void registerWebhook() throws Exception {
        webhookEvents().register(executor, webhookConfiguration.computeFullExternalUrl());
    }

    @Override
    public void unregisterWebhook() {
        webhookEvents().unregister(executor);
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        if (!isWebhookEvents()) {
            throw new IllegalArgumentException("webhook:callfire:" + apiName + "/" + methodName + " is not supported: "
                    + "the webhook component works with callfire:webhooks/events, e.g. "
                    + "webhook:callfire:webhooks/events?resource=InboundText&secret=RAW(...)");
        }
        if (webhookConfiguration.isWebhookAutoRegister()) {
            webhookEvents().requireResource();
        }
        if (webhookConfiguration.getWebhookComponentName() == null
                && getCamelContext().getComponent("platform-http", true) != null) {
            // the webhook component looks for coap, netty-http, jetty, servlet and undertow only
            webhookConfiguration.setWebhookComponentName("platform-http");
        }
        this.webhookConfiguration = webhookConfiguration;
    }

    @Override
    public List<String> getWebhookMethods() {
        return List.of("POST");
    }

    /** The webhook events support of callfire:webhooks/events (null on other endpoints until asked). */
    public WebhookEvents getWebhookEvents() {
        return isWebhookEvents() ? webhookEvents() : null;
    }

    /* a producer may take required options from headers, so they are checked per message, not here */
    private void validateOptions(CallfireOperation resolved) {
        String name = name(resolved);
        List<String> notApplicable = new ArrayList<>();
        for (String option : CallfireOperationParameters.NAMES) {
            if (parameters.value(option) != null && resolved.indexOf(option) < 0) {
                notApplicable.add(option);
            }
        }
        if (!notApplicable.isEmpty()) {
            throw new IllegalArgumentException("Option(s) " + String.join(", ", notApplicable) + " do not apply to "
                    + name + ". Valid options: " + validOptions(resolved));
        }
        ArgumentRules.checkGiven(resolved, resolved.params().stream().map(param -> parameters.value(param.name()))
                .toArray());
        if ((sendResult != SendResult.SUMMARY || sendStateRepository != null) && !ChunkedSend.handles(resolved)) {
            throw new IllegalArgumentException("Options sendResult and sendStateRepository apply to texts/send and "
                    + "calls/send, not to " + name);
        }
        if (autoPaginate && !resolved.pageable()) {
            throw new IllegalArgumentException("Option autoPaginate applies to operations returning pages, not to "
                    + name);
        }
    }

    /* a consumer polls without a message, so its required options can only come from the URI */
    private void requireOptionsForConsumer() {
        CallfireOperation resolved = operation.operation();
        List<String> missing = resolved.params().stream()
                .filter(param -> param.required() && parameters.value(param.name()) == null)
                .map(OperationParam::name)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(name(resolved) + " requires option(s) " + String.join(", ", missing)
                    + " in the URI of a consumer, which has no message headers to take them from. Valid options: "
                    + validOptions(resolved));
        }
    }

    private static String name(CallfireOperation operation) {
        return "callfire:" + operation.uriPath() + " (" + operation.operationId() + ")";
    }

    private static String validOptions(CallfireOperation operation) {
        return operation.params().isEmpty() ? "none"
                : operation.params().stream().map(OperationParam::name).collect(Collectors.joining(", "));
    }

    /** The operation for one message: the endpoint's, or its TEXT/CALL twin when the broadcast type header says so. */
    EndpointOperation operation(Object broadcastTypeHeader) {
        if (broadcastTypeHeader == null) {
            return operation;
        }
        BroadcastType type = broadcastTypeHeader instanceof BroadcastType given ? given
                : broadcastType(broadcastTypeHeader.toString());
        return operations.computeIfAbsent(type, key -> {
            CallfireOperation twin = OperationCatalog.resolve(apiName, methodName, key);
            return new EndpointOperation(twin, parameters, unknownHeaders);
        });
    }

    private BroadcastType broadcastType(String header) {
        try {
            return BroadcastType.valueOf(header.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(operation.operation().operationId(), "broadcastType", name(operation
                    .operation()) + ": " + CallfireConstants.BROADCAST_TYPE + " " + ValueQuote.quote(header)
                    + " is neither TEXT nor CALL.");
        }
    }

    /** The executor of this endpoint, for callers that work without an Exchange (e.g. a polling consumer). */
    public OperationExecutor getExecutor() {
        return executor;
    }

    /** Sends the lists of texts/send and calls/send. */
    ChunkedSend getChunkedSend() {
        return chunkedSend;
    }

    /** The operation this endpoint invokes. */
    public CallfireOperation getOperation() {
        return operation == null ? null : operation.operation();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    public String getApiName() {
        return apiName;
    }

    public void setApiName(String apiName) {
        this.apiName = apiName;
    }

    public String getMethodName() {
        return methodName;
    }

    public void setMethodName(String methodName) {
        this.methodName = methodName;
    }

    public BroadcastType getBroadcastType() {
        return broadcastType;
    }

    public void setBroadcastType(BroadcastType broadcastType) {
        this.broadcastType = broadcastType;
    }

    public boolean isAutoPaginate() {
        return autoPaginate;
    }

    public void setAutoPaginate(boolean autoPaginate) {
        this.autoPaginate = autoPaginate;
    }

    public SendResult getSendResult() {
        return sendResult;
    }

    public void setSendResult(SendResult sendResult) {
        this.sendResult = sendResult;
    }

    public StateRepository<String, String> getSendStateRepository() {
        return sendStateRepository;
    }

    public void setSendStateRepository(StateRepository<String, String> sendStateRepository) {
        this.sendStateRepository = sendStateRepository;
    }

    public CallfireConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(CallfireConfiguration configuration) {
        this.configuration = configuration;
    }

    public CallfireOperationParameters getParameters() {
        return parameters;
    }

    public void setParameters(CallfireOperationParameters parameters) {
        this.parameters = parameters;
    }

    public CallfireConsumerConfiguration getConsumerConfiguration() {
        return consumerConfiguration;
    }

    public void setConsumerConfiguration(CallfireConsumerConfiguration consumerConfiguration) {
        this.consumerConfiguration = consumerConfiguration;
    }

    public CallfireWebhookOptions getWebhookOptions() {
        return webhookOptions;
    }

    public void setWebhookOptions(CallfireWebhookOptions webhookOptions) {
        this.webhookOptions = webhookOptions;
    }
}
