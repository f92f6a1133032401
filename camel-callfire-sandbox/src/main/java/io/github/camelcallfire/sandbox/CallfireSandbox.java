package io.github.camelcallfire.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpHandler;

import io.github.camelcallfire.sandbox.account.ApiCredentialStore;
import io.github.camelcallfire.sandbox.account.CallerIdStore;
import io.github.camelcallfire.sandbox.api.ApiModules;
import io.github.camelcallfire.sandbox.control.AnswerFields;
import io.github.camelcallfire.sandbox.control.ControlApi;
import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.sandbox.control.FaultInjector;
import io.github.camelcallfire.sandbox.control.Recording;
import io.github.camelcallfire.sandbox.control.Wiretap;
import io.github.camelcallfire.sandbox.http.ApiDispatcher;
import io.github.camelcallfire.sandbox.http.GatewayLimits;
import io.github.camelcallfire.sandbox.http.GatewayServer;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.state.SandboxClock;
import io.github.camelcallfire.sandbox.state.SandboxSettings;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.ActionStore;
import io.github.camelcallfire.sandbox.webhooks.WebhookService;

/**
 * An in-memory CallFire API v2 on a loopback port. Start it with {@link #builder()}, point a client at
 * {@link #baseUrl()}, drive it with the control methods (they mirror the {@code /sandbox} control API).
 *
 * <p>Served by {@link GatewayServer}, a small HTTP/1.1 server on the JDK's NIO: it keeps the sandbox free of
 * dependencies beyond Jackson and starts in milliseconds. Like an API gateway it reads each request whole before a
 * request thread sees it, so slow or idle clients never hold the threads others need, and it bounds what a request
 * may send ({@link Builder#maxBodyBytes}, answered 413) and how long its head may take
 * ({@link Builder#headerTimeoutMs}, answered 408).
 */
public final class CallfireSandbox implements AutoCloseable {

    public static final String DEFAULT_USERNAME = "sandbox";
    public static final String DEFAULT_PASSWORD = "sandbox-password";

    private final SandboxState state;
    private final FaultInjector faults = new FaultInjector();
    private final Wiretap wiretap = new Wiretap();
    private final LongAdder requests = new LongAdder();
    private final GatewayServer server;
    private final ExecutorService executor;
    private final WebhookService webhooks;

    private CallfireSandbox(Builder builder) throws IOException {
        this.state = new SandboxState(new SandboxSettings(builder.username, builder.password, builder.actionDelayMs,
                builder.initialCredits));
        Router router = new Router();
        ApiModules.all().forEach(m -> m.register(router, state));
        this.webhooks = new WebhookService(state, this::rootUrl);
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(builder.threads, builder.threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "callfire-sandbox-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        try {
            this.server = new GatewayServer(new InetSocketAddress(builder.host, builder.port), 512,
                    GatewayLimits.of(builder.maxBodyBytes, builder.headerTimeoutMs), executor);
        } catch (IOException e) {
            executor.shutdownNow();
            throw e;
        }
        HttpHandler api = new ApiDispatcher(router, faults, this::acceptsCredentials, requests);
        server.createContext("/", exchange -> new Filter.Chain(List.of(wiretap), api).doFilter(exchange));
        server.createContext("/sandbox", new ControlApi(this));
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A sandbox on a free loopback port with the default credentials and no simulated delivery delay. */
    public static CallfireSandbox start() {
        return builder().actionDelayMs(0).start();
    }

    private boolean acceptsCredentials(String username, String password) {
        SandboxSettings s = state.settings();
        return s.username().equals(username) && s.password().equals(password)
                || state.store(ApiCredentialStore.class).accepts(username, password);
    }

    /** The limits the HTTP front enforces (body size, header timeout). */
    public GatewayLimits limits() {
        return server.limits();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port} — the control API lives at {@code rootUrl() + "/sandbox"}. */
    public String rootUrl() {
        String host = server.getAddress().getAddress().isAnyLocalAddress()
                ? "127.0.0.1" : server.getAddress().getAddress().getHostAddress();
        return "http://" + host + ":" + port();
    }

    /** {@code http://host:port/v2} — what a CallFire client takes as its base URL. */
    public String baseUrl() {
        return rootUrl() + "/v2";
    }

    public String username() {
        return state.settings().username();
    }

    public String password() {
        return state.settings().password();
    }

    public SandboxState state() {
        return state;
    }

    public SandboxClock clock() {
        return state.clock();
    }

    public FaultInjector faults() {
        return faults;
    }

    /** Webhook deliveries: their log and delivery faults (the {@code /sandbox/webhook-*} control API). */
    public WebhookService webhooks() {
        return webhooks;
    }

    /** Same as {@code POST /sandbox/inbound-texts}: a handset texts one of your numbers. */
    public long injectInboundText(String fromNumber, String toNumber, String message) {
        return state.store(ActionStore.class).injectInboundText(fromNumber, toNumber, message);
    }

    /** Same as {@code POST /sandbox/inbound-calls}: a handset calls one of your numbers. */
    public long injectInboundCall(String fromNumber, String toNumber) {
        return state.store(ActionStore.class).injectInboundCall(fromNumber, toNumber);
    }

    /** Same as {@code POST /sandbox/faults}. */
    public Fault addFault(Fault fault) {
        return faults.add(fault);
    }

    /** Same as {@code DELETE /sandbox/faults}. */
    public void clearFaults() {
        faults.clear();
    }

    /**
     * Same as {@code GET /sandbox/requests}: how many requests reached the API since start or reset, including those
     * answered by a fault and those refused (401, 404, ...); lets tests prove that nothing was sent.
     */
    public long requestCount() {
        return requests.sum();
    }

    /** The code a real verification call would speak to {@code callerId}, once one was requested. */
    public Optional<String> pendingVerificationCode(String callerId) {
        return state.store(CallerIdStore.class).pendingCode(callerId);
    }

    /** Request recordings and answer fields ({@code /sandbox/recordings}, {@code /sandbox/answer-fields}). */
    public Wiretap wiretap() {
        return wiretap;
    }

    /**
     * Same as {@code POST /sandbox/answer-fields}: successful JSON answers to {@code method} (null: any) requests whose
     * full path matches {@code pathRegex} get {@code fields} (in each item of a list or page answer), as a newer
     * CallFire might answer.
     */
    public AnswerFields addAnswerFields(String method, String pathRegex, Map<String, ?> fields) {
        AnswerFields rule = new AnswerFields();
        rule.setMethod(method);
        rule.setPath(pathRegex);
        rule.setFields(Json.MAPPER.valueToTree(fields));
        return wiretap.add(rule);
    }

    /**
     * Same as {@code POST /sandbox/recordings}: from now on keeps the bodies of {@code method} (null: any) requests
     * whose full path matches {@code pathRegex}, exactly as they arrive.
     */
    public Recording record(String method, String pathRegex) {
        Recording recording = new Recording();
        recording.setMethod(method);
        recording.setPath(pathRegex);
        return wiretap.add(recording);
    }

    /** Same as {@code POST /sandbox/reset}: all data, faults and clock changes are gone. */
    public void reset() {
        faults.clear();
        wiretap.clear();
        requests.reset();
        state.reset();
        webhooks.reset();
    }

    public void stop() {
        server.stop();
        executor.shutdownNow();
        webhooks.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** Options of an embedded sandbox; every one has a default. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String username = DEFAULT_USERNAME;
        private String password = DEFAULT_PASSWORD;
        private long actionDelayMs = 1000;
        private double initialCredits = 100_000;
        private int threads = 32;
        private long maxBodyBytes = GatewayLimits.DEFAULT_MAX_BODY_BYTES;
        private long headerTimeoutMs = GatewayLimits.DEFAULT_HEADER_TIMEOUT_MS;

        /** Interface to bind, 127.0.0.1 unless set ("0.0.0.0" for all). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** TCP port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        public Builder username(String username) {
            this.username = requireText(username, "username");
            return this;
        }

        public Builder password(String password) {
            this.password = requireText(password, "password");
            return this;
        }

        /** How long outbound texts and calls stay READY before they finish (default 1000 ms). */
        public Builder actionDelayMs(long actionDelayMs) {
            if (actionDelayMs < 0) {
                throw new IllegalArgumentException("actionDelayMs must not be negative, got " + actionDelayMs);
            }
            this.actionDelayMs = actionDelayMs;
            return this;
        }

        /** Credits the account starts with (default 100000). */
        public Builder initialCredits(double initialCredits) {
            this.initialCredits = initialCredits;
            return this;
        }

        /** Request threads (default 32). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Largest request body accepted (default 32 MiB, {@link GatewayLimits#DEFAULT_MAX_BODY_BYTES}); a larger
         * {@code Content-Length} is answered 413 with CallFire's error JSON before the body is read, a chunked body
         * is refused the same way when it passes the limit.
         */
        public Builder maxBodyBytes(long maxBodyBytes) {
            if (maxBodyBytes < 0 || maxBodyBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("maxBodyBytes must be 0.." + (Integer.MAX_VALUE - 16) + ", got "
                        + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * How long a request head (request line and headers) may take from its first byte (default 10000 ms); a
         * slower client is answered 408 with CallFire's error JSON and its connection closed.
         */
        public Builder headerTimeoutMs(long headerTimeoutMs) {
            if (headerTimeoutMs < 1) {
                throw new IllegalArgumentException("headerTimeoutMs must be at least 1, got " + headerTimeoutMs);
            }
            this.headerTimeoutMs = headerTimeoutMs;
            return this;
        }

        public CallfireSandbox start() {
            try {
                return new CallfireSandbox(this);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the CallFire sandbox on " + host + ":" + port
                        + ": " + e.getMessage(), e);
            }
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isEmpty() || value.contains(":")) {
                throw new IllegalArgumentException(name + " must be non-empty and must not contain ':'");
            }
            return value;
        }
    }
}
