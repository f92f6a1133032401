package io.github.camelcallfire.sandbox.webhooks;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.control.FaultPhase;
import io.github.camelcallfire.sandbox.http.FieldsFilter;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.state.SandboxState;

/**
 * Delivers webhook notifications (CallFire's notification JSON, signed with X-CallFire-Signature): for every event the enabled, unexpired webhooks watching it get one
 * POST of {@code {timestamp, webhookId, webhookName, resourceType, events:[{timestamp, webhookId, resourceType,
 * eventType, resource}]}} to their callback, signed with {@code X-CallFire-Signature} when they have a secret.
 *
 * <p>Deliveries never run on a request thread: the event is turned into its exact body where it happens, then the
 * POST goes out asynchronously ({@link HttpClient#sendAsync}) from a small pool. Retry policy: an attempt fails on a
 * non-2xx answer, a connection failure or no answer within {@link #RESPONSE_TIMEOUT} (connect timeout
 * {@link #CONNECT_TIMEOUT}); a failed delivery is tried again after 1 s, 2 s and 4 s, so at most
 * {@value #MAX_ATTEMPTS} attempts, then it is FAILED. Every attempt sends the same bytes and signature.
 */
public final class WebhookService implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WebhookService.class.getName());

    public static final int MAX_ATTEMPTS = 4;
    /** Wait before attempt 2, 3 and 4. */
    static final long[] BACKOFF_MS = {1000, 2000, 4000};
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);
    /** How often finished texts, calls and broadcasts are looked for. */
    static final long TICK_MS = 50;
    /** The delivery log keeps this many entries, dropping the oldest. */
    public static final int MAX_LOGGED = 10_000;
    static final String SIGNATURE_HEADER = "X-CallFire-Signature";

    private final SandboxState state;
    private final Supplier<String> rootUrl;
    private final ExecutorService pool;
    private final ScheduledExecutorService timer;
    private final HttpClient client;
    private final Deque<Delivery> log = new ConcurrentLinkedDeque<>();
    private final AtomicInteger logged = new AtomicInteger();
    private final AtomicLong deliveryIds = new AtomicLong();
    private final AtomicLong faultIds = new AtomicLong();
    private final List<WebhookFault> faults = new CopyOnWriteArrayList<>();
    /** Bumped by reset: attempts of an older generation stop. */
    private final AtomicInteger generation = new AtomicInteger();

    /** Attaches itself to the state's {@link SandboxState#events()}; {@code rootUrl} makes recording URLs absolute. */
    public WebhookService(SandboxState state, Supplier<String> rootUrl) {
        this.state = state;
        this.rootUrl = rootUrl;
        this.pool = Executors.newFixedThreadPool(2, daemon("callfire-sandbox-webhooks-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("callfire-sandbox-webhooks-timer-"));
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).executor(pool)
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        state.events().attach(this);
        timer.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    WebhookStore store() {
        return state.store(WebhookStore.class);
    }

    Supplier<String> rootUrl() {
        return rootUrl;
    }

    private void tick() {
        try {
            state.events().tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhook timer failed", e);
        }
    }

    /** Sends the event to every webhook that fires on it; {@code resource} is built only when one does. */
    void publish(WebhookResource resource, String eventType, Supplier<JsonNode> resourceJson) {
        List<Webhook> webhooks = store().fire(resource, eventType);
        if (webhooks.isEmpty()) {
            return;
        }
        JsonNode full = resourceJson.get();
        long now = state.now();
        Long resourceId = full.path("id").canConvertToLong() ? full.get("id").asLong() : null;
        int gen = generation.get();
        for (Webhook webhook : webhooks) {
            JsonNode payload = webhook.fields() == null ? full : FieldsFilter.parse(webhook.fields()).apply(full);
            byte[] body = notification(webhook, resource, eventType, payload, now);
            String signature = webhook.secret() == null ? null : sign(webhook.secret(), body);
            Delivery delivery = new Delivery(deliveryIds.incrementAndGet(), webhook, resource, eventType, resourceId,
                    now, body, signature);
            log.addLast(delivery);
            if (logged.incrementAndGet() > MAX_LOGGED && log.pollFirst() != null) {
                logged.decrementAndGet();
            }
            submit(delivery, gen);
        }
    }

    private static byte[] notification(Webhook webhook, WebhookResource resource, String eventType, JsonNode payload,
                                       long now) {
        ObjectNode json = Json.object();
        json.put("timestamp", now);
        json.put("webhookId", webhook.id());
        if (webhook.name() != null) {
            json.put("webhookName", webhook.name());
        }
        json.put("resourceType", resource.wireName());
        ObjectNode event = json.putArray("events").addObject();
        event.put("timestamp", now);
        event.put("webhookId", webhook.id());
        event.put("resourceType", resource.wireName());
        event.put("eventType", eventType);
        event.set("resource", payload);
        try {
            return Json.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a webhook notification", e);
        }
    }

    /** Base64(HmacSHA1(key = secret bytes, data = body)), the {@code X-CallFire-Signature} value. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    private void submit(Delivery delivery, int gen) {
        try {
            pool.execute(() -> attempt(delivery, gen));
        } catch (RejectedExecutionException e) {
            // the sandbox stopped: the delivery stays as it is
        }
    }

    private void attempt(Delivery delivery, int gen) {
        if (gen != generation.get()) {
            return;
        }
        long started = System.currentTimeMillis();
        Optional<WebhookFault> before = pickFault(FaultPhase.BEFORE, delivery);
        if (before.isPresent()) {
            failed(delivery, gen, before.get().getStatus(), before.get().describe(), started);
            return;
        }
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(delivery.callback()))
                    .timeout(RESPONSE_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "CallFire-Sandbox-Webhooks")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.rawBody()));
            if (delivery.signature() != null) {
                builder.header(SIGNATURE_HEADER, delivery.signature());
            }
            request = builder.build();
        } catch (IllegalArgumentException e) {
            failed(delivery, gen, null, "cannot send to the callback: " + e.getMessage(), started);
            return;
        }
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            try {
                answered(delivery, gen, response, error, started);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "webhook delivery " + delivery.id() + " failed unexpectedly", e);
            }
        });
    }

    private void answered(Delivery delivery, int gen, HttpResponse<Void> response, Throwable error, long started) {
        if (error != null) {
            failed(delivery, gen, null, describe(error), started);
            return;
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            failed(delivery, gen, status, null, started);
            return;
        }
        Optional<WebhookFault> after = pickFault(FaultPhase.AFTER, delivery);
        if (after.isPresent()) {
            failed(delivery, gen, after.get().getStatus(),
                    after.get().describe() + " after the receiver answered " + status, started);
            return;
        }
        delivery.record(status, null, started, System.currentTimeMillis());
        delivery.finish(Delivery.Outcome.DELIVERED);
    }

    private void failed(Delivery delivery, int gen, Integer status, String error, long started) {
        int attempts = delivery.record(status, error, started, System.currentTimeMillis());
        if (attempts >= MAX_ATTEMPTS || gen != generation.get()) {
            delivery.finish(Delivery.Outcome.FAILED);
            return;
        }
        try {
            timer.schedule(() -> submit(delivery, gen), BACKOFF_MS[attempts - 1], TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            delivery.finish(Delivery.Outcome.FAILED);
        }
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpConnectTimeoutException) {
            return "connect timeout: no connection within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (cause instanceof HttpTimeoutException) {
            return "timeout: no answer within " + RESPONSE_TIMEOUT.toSeconds() + " s";
        }
        if (cause instanceof ConnectException) {
            return "connection failed: " + (cause.getMessage() == null ? "refused" : cause.getMessage());
        }
        return "I/O failure: " + cause;
    }

    private Optional<WebhookFault> pickFault(FaultPhase phase, Delivery delivery) {
        for (WebhookFault fault : faults) {
            if (!fault.matches(phase, delivery.webhook().id(), delivery.callback())) {
                continue;
            }
            if (fault.consume()) {
                if (fault.spent()) {
                    faults.remove(fault);
                }
                return Optional.of(fault);
            }
            faults.remove(fault);
        }
        return Optional.empty();
    }

    /** Every logged delivery, oldest first. */
    public List<Delivery> deliveries() {
        return new ArrayList<>(log);
    }

    /** Empties the delivery log (attempts under way go on, unlogged). */
    public void clearDeliveries() {
        log.clear();
        logged.set(0);
    }

    /** Same as {@code POST /sandbox/webhook-faults}; an invalid rule is an {@link IllegalArgumentException}. */
    public WebhookFault addFault(WebhookFault fault) {
        fault.validate(faultIds.incrementAndGet());
        faults.add(fault);
        return fault;
    }

    public List<WebhookFault> faults() {
        return List.copyOf(faults);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Sandbox reset: pending retries stop, the log, the faults and what was watched are gone. */
    public void reset() {
        generation.incrementAndGet();
        clearDeliveries();
        faults.clear();
        state.events().reset();
    }

    @Override
    public void close() {
        generation.incrementAndGet();
        timer.shutdownNow();
        pool.shutdownNow();
    }
}
