package io.github.camelcallfire.sandbox.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class WebhookDeliveryTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String HANDSET = "12135551234";
    private static final String OUR_NUMBER = "12135550100";

    private SandboxHttp http;
    private WebhookReceiver receiver;

    @BeforeEach
    void setUp() {
        http = new SandboxHttp(SANDBOX.sandbox());
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    private long webhook(String name, String resource, List<String> events, String path, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "resource", resource,
                "events", events, "callback", receiver.url(path)));
        body.putAll(extra);
        SandboxHttp.Reply reply = http.post("/webhooks", body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private long injectInboundText(String message) {
        SandboxHttp.Reply reply = http.control("POST", "/inbound-texts",
                Map.of("fromNumber", HANDSET, "toNumber", OUR_NUMBER, "message", message));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private JsonNode deliveries() {
        return http.control("GET", "/webhook-deliveries", null).json().get("items");
    }

    private JsonNode deliveries(long webhookId) {
        return http.control("GET", "/webhook-deliveries?webhookId=" + webhookId, null).json().get("items");
    }

    private JsonNode awaitOutcome(long webhookId, String outcome) {
        return await().atMost(PATIENCE).until(() -> deliveries(webhookId),
                d -> d.size() > 0 && d.get(0).get("outcome").asText().equals(outcome)).get(0);
    }

    private static String hmacSha1(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    @Test
    void postsAnInboundTextSignedWithTheSecret() throws Exception {
        long hook = webhook("inbound", "InboundText", List.of("finished"), "/inbound", Map.of("secret", "k3y"));

        long textId = injectInboundText("Hello there");

        await().atMost(PATIENCE).until(() -> receiver.received("/inbound").size() == 1);
        WebhookReceiver.Received post = receiver.received("/inbound").get(0);
        assertThat(post.header("Content-Type")).startsWith("application/json");
        assertThat(post.header("X-CallFire-Signature")).isEqualTo(hmacSha1("k3y", post.body()));

        JsonNode notification = post.json();
        assertThat(notification.fieldNames()).toIterable()
                .containsExactly("timestamp", "webhookId", "webhookName", "resourceType", "events");
        assertThat(notification.get("webhookId").asLong()).isEqualTo(hook);
        assertThat(notification.get("webhookName").asText()).isEqualTo("inbound");
        assertThat(notification.get("resourceType").asText()).isEqualTo("InboundText");
        assertThat(notification.get("events")).hasSize(1);
        JsonNode event = notification.get("events").get(0);
        assertThat(event.fieldNames()).toIterable()
                .containsExactly("timestamp", "webhookId", "resourceType", "eventType", "resource");
        assertThat(event.get("timestamp").asLong()).isEqualTo(notification.get("timestamp").asLong());
        assertThat(event.get("webhookId").asLong()).isEqualTo(hook);
        assertThat(event.get("resourceType").asText()).isEqualTo("InboundText");
        assertThat(event.get("eventType").asText()).isEqualTo("Finished");
        assertThat(event.get("resource")).isEqualTo(http.get("/texts/" + textId).json());
        assertThat(event.get("resource").get("message").asText()).isEqualTo("Hello there");

        JsonNode delivery = awaitOutcome(hook, "DELIVERED");
        assertThat(delivery.get("callback").asText()).isEqualTo(receiver.url("/inbound"));
        assertThat(delivery.get("resourceType").asText()).isEqualTo("InboundText");
        assertThat(delivery.get("eventType").asText()).isEqualTo("Finished");
        assertThat(delivery.get("resourceId").asLong()).isEqualTo(textId);
        assertThat(delivery.get("attemptCount").asInt()).isEqualTo(1);
        assertThat(delivery.get("attempts").get(0).get("status").asInt()).isEqualTo(200);
        assertThat(delivery.get("signature").asText()).isEqualTo(post.header("X-CallFire-Signature"));
        assertThat(delivery.get("notification")).isEqualTo(notification);
    }

    @Test
    void postsAnUnsignedNotificationWithoutSecret() {
        webhook("plain", "InboundText", List.of("Finished"), "/plain", Map.of());

        injectInboundText("no secret");

        await().atMost(PATIENCE).until(() -> receiver.received("/plain").size() == 1);
        assertThat(receiver.received("/plain").get(0).header("X-CallFire-Signature")).isNull();
    }

    @Test
    void postsAnOutboundTextOnceItFinishedPrunedByTheWebhooksFields() {
        long hook = webhook("sent", "OutboundText", List.of("Finished"), "/sent",
                Map.of("fields", "id,state,finalTextResult"));

        SandboxHttp.Reply sent = http.post("/texts", List.of(Map.of("phoneNumber", HANDSET, "message", "Hi")));
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        long textId = sent.json().get("items").get(0).get("id").asLong();

        await().atMost(PATIENCE).until(() -> receiver.received("/sent").size() == 1);
        JsonNode resource = receiver.received("/sent").get(0).json().get("events").get(0).get("resource");
        assertThat(resource.toString())
                .isEqualTo("{\"id\":" + textId + ",\"state\":\"FINISHED\",\"finalTextResult\":\"SENT\"}");
        assertThat(awaitOutcome(hook, "DELIVERED").get("resourceType").asText()).isEqualTo("OutboundText");
    }

    @Test
    void postsTextBroadcastStartedThenFinished() {
        webhook("broadcasts", "TextBroadcast", List.of("Started", "Finished"), "/broadcasts", Map.of());

        SandboxHttp.Reply created = http.post("/texts/broadcasts?start=true", Map.of("name", "Promo",
                "message", "Sale today", "recipients", List.of(Map.of("phoneNumber", HANDSET),
                        Map.of("phoneNumber", "12135551235"))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long broadcastId = created.json().get("id").asLong();

        await().atMost(PATIENCE).until(() -> receiver.received("/broadcasts").size() == 2);
        // two delivery threads: the notifications may arrive in either order; the log keeps the order they were made
        assertThat(deliveries()).extracting(d -> d.get("eventType").asText()).containsExactly("Started", "Finished");
        List<JsonNode> events = receiver.received("/broadcasts").stream()
                .map(r -> r.json().get("events").get(0))
                .sorted(Comparator.comparing(e -> e.get("eventType").asText().equals("Finished")))
                .toList();
        assertThat(events).extracting(e -> e.get("eventType").asText()).containsExactly("Started", "Finished");
        assertThat(events.get(0).get("resource").get("id").asLong()).isEqualTo(broadcastId);
        assertThat(events.get(0).get("resource").get("status").asText()).isEqualTo("RUNNING");
        assertThat(events.get(1).get("resource")).isEqualTo(http.get("/texts/broadcasts/" + broadcastId).json());
        assertThat(events.get(1).get("resource").get("status").asText()).isEqualTo("FINISHED");

        // new recipients make it run again without a start: finished again, not started again
        SandboxHttp.Reply added = http.post("/texts/broadcasts/" + broadcastId + "/recipients",
                List.of(Map.of("phoneNumber", "12135551236")));
        assertThat(added.status()).as(added.text()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> receiver.received("/broadcasts").size() == 3);
        assertThat(receiver.received("/broadcasts").get(2).json().get("events").get(0).get("eventType").asText())
                .isEqualTo("Finished");
    }

    @Test
    void postsTextBroadcastStopped() {
        webhook("stops", "TextBroadcast", List.of("Started", "Stopped"), "/stops", Map.of());
        long id = http.post("/texts/broadcasts", Map.of("name", "Empty", "message", "Hi")).json().get("id").asLong();

        assertThat(http.post("/texts/broadcasts/" + id + "/start", null).status()).isEqualTo(200);
        assertThat(http.post("/texts/broadcasts/" + id + "/stop", null).status()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> receiver.received("/stops").size() == 2);
        assertThat(receiver.received("/stops")).extracting(r -> r.json().get("events").get(0).get("eventType")
                .asText()).containsExactlyInAnyOrder("Started", "Stopped");
        assertThat(deliveries()).extracting(d -> d.get("eventType").asText()).containsExactly("Started", "Stopped");
    }

    @Test
    void postsCallsAndContactListValidation() {
        webhook("calls in", "InboundCall", List.of("Finished"), "/calls-in", Map.of());
        webhook("lists", "ContactList", List.of("ValidationFinished"), "/lists", Map.of());

        long callId = http.control("POST", "/inbound-calls", Map.of("fromNumber", HANDSET, "toNumber", OUR_NUMBER))
                .json().get("id").asLong();
        long listId = http.post("/contacts/lists", Map.of("name", "Friends", "contactNumbers", List.of(HANDSET)))
                .json().get("id").asLong();

        await().atMost(PATIENCE).until(() -> receiver.received().size() == 2);
        JsonNode call = receiver.received("/calls-in").get(0).json().get("events").get(0);
        assertThat(call.get("resourceType").asText()).isEqualTo("InboundCall");
        assertThat(call.get("resource")).isEqualTo(http.get("/calls/" + callId).json());
        JsonNode list = receiver.received("/lists").get(0).json().get("events").get(0);
        assertThat(list.get("eventType").asText()).isEqualTo("ValidationFinished");
        assertThat(list.get("resource")).isEqualTo(http.get("/contacts/lists/" + listId).json());
    }

    @Test
    void singleUseWebhookIsDeletedAfterItsFirstDelivery() {
        long once = webhook("once", "InboundText", List.of("Finished"), "/once", Map.of("singleUse", true));
        long always = webhook("always", "InboundText", List.of("Finished"), "/always", Map.of());

        injectInboundText("first");
        injectInboundText("second");

        // the log is written when the event happens: both events have passed every webhook by now
        assertThat(deliveries(once)).hasSize(1);
        assertThat(deliveries(always)).hasSize(2);
        assertThat(http.get("/webhooks/" + once).status()).isEqualTo(404);
        await().atMost(PATIENCE).until(() -> receiver.received("/always").size() == 2);
        assertThat(receiver.received("/once")).hasSize(1);
        assertThat(receiver.received("/once").get(0).json().get("events").get(0).get("resource").get("message")
                .asText()).isEqualTo("first");
    }

    @Test
    void disabledOrExpiredWebhookSendsNothing() {
        long off = webhook("off", "InboundText", List.of("Finished"), "/off", Map.of("enabled", false));
        long expired = webhook("expired", "InboundText", List.of("Finished"), "/expired",
                Map.of("expiresAt", SANDBOX.sandbox().clock().now() - 1));
        webhook("on", "InboundText", List.of("Finished"), "/on", Map.of());

        injectInboundText("anyone?");

        assertThat(deliveries(off)).isEmpty();
        assertThat(deliveries(expired)).isEmpty();
        await().atMost(PATIENCE).until(() -> receiver.received("/on").size() == 1);
        assertThat(receiver.received("/off")).isEmpty();
        assertThat(receiver.received("/expired")).isEmpty();

        http.put("/webhooks/" + off, Map.of("enabled", true));
        injectInboundText("now?");
        await().atMost(PATIENCE).until(() -> receiver.received("/off").size() == 1);
    }

    @Test
    void retriesAfterAnErrorAnswerWithTheSameBodyAndSignature() {
        long hook = webhook("flaky", "InboundText", List.of("Finished"), "/flaky", Map.of("secret", "k"));
        receiver.answerNext(500);

        injectInboundText("retry me");

        JsonNode delivery = awaitOutcome(hook, "DELIVERED");
        assertThat(delivery.get("attemptCount").asInt()).isEqualTo(2);
        assertThat(delivery.get("attempts")).extracting(a -> a.get("status").asInt()).containsExactly(500, 200);
        List<WebhookReceiver.Received> posts = receiver.received("/flaky");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
        assertThat(posts.get(1).header("X-CallFire-Signature")).isEqualTo(posts.get(0).header("X-CallFire-Signature"));
    }

    @Test
    void retriesAfterARefusedConnectionUntilTheReceiverIsUp() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, Object> body = Map.of("name", "later", "resource", "InboundText", "events", List.of("Finished"),
                "callback", "http://127.0.0.1:" + port + "/later");
        long hook = http.post("/webhooks", body).json().get("id").asLong();

        injectInboundText("are you there?");

        await().atMost(PATIENCE).until(() -> deliveries(hook).get(0).get("attemptCount").asInt() >= 1);
        JsonNode first = deliveries(hook).get(0).get("attempts").get(0);
        assertThat(first.has("status")).isFalse();
        assertThat(first.get("error").asText()).contains("connection");
        try (WebhookReceiver late = WebhookReceiver.start(port)) {
            JsonNode delivery = awaitOutcome(hook, "DELIVERED");
            assertThat(delivery.get("attemptCount").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(late.received("/later")).hasSize(1);
        }
    }

    @Test
    void givesUpAfterFourAttempts() {
        long hook = webhook("down", "InboundText", List.of("Finished"), "/down", Map.of());
        receiver.answerNext(500, 502, 503, 504);

        injectInboundText("lost");

        JsonNode delivery = awaitOutcome(hook, "FAILED");
        assertThat(delivery.get("attemptCount").asInt()).isEqualTo(4);
        assertThat(delivery.get("attempts")).extracting(a -> a.get("status").asInt())
                .containsExactly(500, 502, 503, 504);
        assertThat(receiver.received("/down")).hasSize(4);
    }

    @Test
    void aSlowReceiverDoesNotHoldUpTheApi() {
        long hook = webhook("slow", "InboundText", List.of("Finished"), "/slow", Map.of());
        // it sleeps until released (at most 30 s, so that a slow machine cannot end the sleep before the checks)
        receiver.sleepBeforeAnswering(30_000);

        injectInboundText("first of many");
        await().atMost(PATIENCE).until(() -> receiver.entered() >= 1);

        // while the receiver sleeps on the first delivery, the API goes on answering, with more deliveries queued
        for (int i = 0; i < 10; i++) {
            injectInboundText("text " + i);
            assertThat(http.get("/texts?inbound=true&limit=1").status()).isEqualTo(200);
        }
        assertThat(receiver.completed()).isZero();
        assertThat(deliveries(hook)).hasSize(11);

        receiver.release();
        await().atMost(PATIENCE).until(() -> deliveries(hook).findValues("outcome").stream()
                .allMatch(o -> o.asText().equals("DELIVERED")));
    }

    @Test
    void injectedFaultsFailAttemptsBeforeOrAfterTheReceiverGotThem() {
        long hook = webhook("faulty", "InboundText", List.of("Finished"), "/faulty", Map.of());
        SandboxHttp.Reply added = http.control("POST", "/webhook-faults", Map.of("status", 503, "count", 1));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(http.control("GET", "/webhook-faults", null).json().get("items").get(0).get("remaining").asInt())
                .isEqualTo(1);

        injectInboundText("before");
        JsonNode delivery = awaitOutcome(hook, "DELIVERED");
        assertThat(delivery.get("attempts")).extracting(a -> a.get("status").asInt()).containsExactly(503, 200);
        assertThat(delivery.get("attempts").get(0).get("error").asText()).contains("injected");
        assertThat(receiver.received("/faulty")).hasSize(1);
        assertThat(http.control("GET", "/webhook-faults", null).json().get("items")).isEmpty();

        http.control("DELETE", "/webhook-deliveries", null);
        http.control("POST", "/webhook-faults", Map.of("timeout", true, "count", 1, "phase", "after",
                "webhookId", hook));
        injectInboundText("after");
        JsonNode duplicated = awaitOutcome(hook, "DELIVERED");
        assertThat(duplicated.get("attemptCount").asInt()).isEqualTo(2);
        assertThat(duplicated.get("attempts").get(0).get("error").asText()).contains("timeout");
        assertThat(receiver.received("/faulty")).hasSize(3);

        assertThat(http.control("POST", "/webhook-faults", Map.of("count", 1)).status()).isEqualTo(400);
        assertThat(http.control("POST", "/webhook-faults", Map.of("status", 200)).status()).isEqualTo(400);
        assertThat(http.control("POST", "/webhook-faults", Map.of("status", 500, "phase", "later")).status())
                .isEqualTo(400);
    }

    @Test
    void resetClearsWebhooksDeliveriesAndFaults() {
        long hook = webhook("gone", "InboundText", List.of("Finished"), "/gone", Map.of());
        http.control("POST", "/webhook-faults", Map.of("status", 500));
        injectInboundText("before reset");
        assertThat(deliveries()).hasSize(1);

        assertThat(http.control("POST", "/reset", null).status()).isEqualTo(204);

        assertThat(deliveries()).isEmpty();
        assertThat(http.control("GET", "/webhook-faults", null).json().get("items")).isEmpty();
        assertThat(http.get("/webhooks/" + hook).status()).isEqualTo(404);
        injectInboundText("after reset");
        assertThat(deliveries()).isEmpty();
    }
}
