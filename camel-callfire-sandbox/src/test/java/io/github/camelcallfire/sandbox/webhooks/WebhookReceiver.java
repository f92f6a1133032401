package io.github.camelcallfire.sandbox.webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.github.camelcallfire.sandbox.http.Json;

/** A local HTTP server that receives webhook POSTs in tests: records each one and answers 200 unless told otherwise. */
final class WebhookReceiver implements AutoCloseable {

    /** One POST as it arrived: the raw body bytes and the headers. */
    record Received(String path, Map<String, List<String>> headers, byte[] body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "webhook-receiver");
        t.setDaemon(true);
        return t;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger entered = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private volatile CountDownLatch gate;
    private volatile long holdMillis;

    private WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static WebhookReceiver start() {
        return start(0);
    }

    static WebhookReceiver start(int port) {
        try {
            return new WebhookReceiver(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        entered.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        CountDownLatch held = gate;
        if (held != null) {
            try {
                held.await(holdMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
        Integer status = answers.poll();
        exchange.sendResponseHeaders(status == null ? 200 : status, -1);
        exchange.close();
        completed.incrementAndGet();
    }

    /** The next POSTs get these statuses, in order; after them 200 again. */
    void answerNext(int... statuses) {
        for (int s : statuses) {
            answers.add(s);
        }
    }

    /** From now on every POST sleeps up to {@code millis} before it is answered, or until {@link #release()}. */
    void sleepBeforeAnswering(long millis) {
        holdMillis = millis;
        gate = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch held = gate;
        gate = null;
        if (held != null) {
            held.countDown();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    int entered() {
        return entered.get();
    }

    int completed() {
        return completed.get();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
