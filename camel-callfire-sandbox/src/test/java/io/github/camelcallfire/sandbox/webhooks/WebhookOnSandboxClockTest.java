package io.github.camelcallfire.sandbox.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

/** Outbound actions are reported when they finish on the sandbox clock, without anybody reading them. */
class WebhookOnSandboxClockTest {

    static final long DELAY = 30_000;

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX =
            new CallfireSandboxExtension(CallfireSandbox.builder().actionDelayMs(DELAY));

    private SandboxHttp http;
    private WebhookReceiver receiver;

    @BeforeEach
    void setUp() {
        SANDBOX.sandbox().clock().freeze();
        http = new SandboxHttp(SANDBOX.sandbox());
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void postsAnOutboundCallWhenTheClockPassesItsDueTime() {
        http.post("/webhooks", Map.of("name", "calls", "resource", "OutboundCall", "events", List.of("Finished"),
                "callback", receiver.url("/calls")));
        SandboxHttp.Reply sent = http.post("/calls?defaultLiveMessage=Hello",
                List.of(Map.of("phoneNumber", "12135550101", "fromNumber", "12135550000")));
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        long callId = sent.json().get("items").get(0).get("id").asLong();
        assertThat(http.control("GET", "/webhook-deliveries", null).json().get("totalCount").asInt()).isZero();

        SANDBOX.sandbox().clock().advance(DELAY);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/calls").size() == 1);
        JsonNode event = receiver.received("/calls").get(0).json().get("events").get(0);
        assertThat(event.get("resourceType").asText()).isEqualTo("OutboundCall");
        assertThat(event.get("eventType").asText()).isEqualTo("Finished");
        assertThat(event.get("resource").get("state").asText()).isEqualTo("FINISHED");
        assertThat(event.get("resource").get("finalCallResult").asText()).isEqualTo("LA");
        assertThat(event.get("resource")).isEqualTo(http.get("/calls/" + callId).json());
    }

    @Test
    void postsCallBroadcastStartedAndStoppedWhileItsCallsWait() {
        http.post("/webhooks", Map.of("resource", "CallBroadcast", "events", List.of("Started", "Stopped", "Finished"),
                "callback", receiver.url("/broadcasts")));
        long id = http.post("/calls/broadcasts?start=true", Map.of("name", "Reminder", "fromNumber", "12135550000",
                "sounds", Map.of("liveSoundText", "Hi"), "recipients", List.of(Map.of("phoneNumber", "12135550101"))))
                .json().get("id").asLong();
        assertThat(http.post("/calls/broadcasts/" + id + "/stop", null).status()).isEqualTo(200);

        JsonNode log = http.control("GET", "/webhook-deliveries", null).json().get("items");
        assertThat(log).extracting(d -> d.get("eventType").asText()).containsExactly("Started", "Stopped");
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/broadcasts").size() == 2);
        assertThat(receiver.received("/broadcasts")).allSatisfy(r -> {
            JsonNode notification = r.json();
            assertThat(notification.has("webhookName")).isFalse();
            assertThat(notification.get("resourceType").asText()).isEqualTo("CallBroadcast");
        });
    }
}
