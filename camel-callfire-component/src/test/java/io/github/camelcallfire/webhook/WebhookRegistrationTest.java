package io.github.camelcallfire.webhook;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.Webhook;
import io.github.camelcallfire.sandbox.webhooks.Delivery;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * webhook:callfire:webhooks/events registers the route's webhook at CallFire (the sandbox) when it starts and deletes
 * it when it stops; what is registered is read back through GET /v2/webhooks, and the sandbox's deliveries to the
 * registered callback show that the route receives there.
 */
class WebhookRegistrationTest extends SandboxWebhookTestSupport {

    private static final String OUR_NUMBER = "67076";

    @Test
    void registersTheWebhookAtStartAndDeletesItAtStop() throws Exception {
        startCamel(sandboxCallfire(), new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:callfire:webhooks/events?resource=inboundtext&events=finished&webhookName=replies"
                        + "&secret=RAW(" + SECRET + ")").routeId("replies")
                        .process(received::add);
            }
        });

        List<Webhook> registered = webhooks();
        assertThat(registered).hasSize(1);
        Webhook webhook = registered.get(0);
        assertThat(webhook.getResource()).isEqualTo("InboundText");
        assertThat(webhook.getEvents()).containsExactly("Finished");
        assertThat(webhook.getName()).isEqualTo("replies");
        assertThat(webhook.getSecret()).isEqualTo(SECRET);
        assertThat(webhook.getEnabled()).isTrue();
        URI callback = URI.create(webhook.getCallback());
        assertThat(callback.getScheme()).isEqualTo("http");
        assertThat(callback.getHost()).isEqualTo("localhost");
        assertThat(callback.getPort()).isEqualTo(port);

        // the sandbox posts the signed notification to the callback it was given: the route receives there
        long textId = sandbox().injectInboundText("12135551234", OUR_NUMBER, "on my way");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        assertThat(received.get(0).getMessage().getBody(Text.class).getId()).isEqualTo(textId);
        assertThat(received.get(0).getMessage().getBody(Text.class).getMessage()).isEqualTo("on my way");
        assertThat(received.get(0).getMessage().getHeader(CallfireConstants.WEBHOOK_ID)).isEqualTo(webhook.getId());
        assertThat(received.get(0).getFromRouteId()).isEqualTo("replies");
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries(webhook.getId()).stream()
                .allMatch(delivery -> delivery.outcome() == Delivery.Outcome.DELIVERED));
        assertThat(deliveries(webhook.getId())).singleElement()
                .satisfies(delivery -> assertThat(delivery.attempts()).extracting(Delivery.Attempt::status)
                        .containsExactly(200));
        byte[] unsigned = utf8(notification(webhook.getId(), "InboundText", event(webhook.getId(), "InboundText",
                "Finished", 7, "{\"id\": 12, \"message\": \"forged\"}")));
        assertThat(post(callback.getRawPath(), unsigned, null).statusCode()).isEqualTo(401);

        context.stop();

        assertThat(webhooks()).isEmpty();
        // nothing watches inbound texts any more: the sandbox logs no delivery for the next one
        sandbox().injectInboundText("12135551234", OUR_NUMBER, "anyone there?");
        assertThat(deliveries()).hasSize(1);
        assertThat(received).hasSize(1);
    }

    @Test
    void registersNothingWithWebhookAutoRegisterFalseAndStillReceives() throws Exception {
        startCamel(sandboxCallfire(), new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:callfire:webhooks/events?webhookAutoRegister=false&webhookPath=/hooks/texts"
                        + "&secret=RAW(" + SECRET + ")")
                        .process(received::add);
            }
        });

        assertThat(webhooks()).isEmpty();
        // registered by someone else (a deployment script): the route receives what the sandbox posts
        long theirs = createWebhook("deployed", "InboundText", "http://localhost:" + port + "/hooks/texts", SECRET);
        sandbox().injectInboundText("12135551234", OUR_NUMBER, "hello");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        assertThat(received.get(0).getMessage().getBody(Text.class).getMessage()).isEqualTo("hello");
        assertThat(received.get(0).getMessage().getHeader(CallfireConstants.WEBHOOK_ID)).isEqualTo(theirs);

        context.stop();

        assertThat(webhooks()).as("stopping deletes nothing either").extracting(Webhook::getId)
                .containsExactly(theirs);
    }

    @Test
    void replacesTheWebhookACrashedRunLeftAtTheSameCallback() throws Exception {
        port = freePort();
        String callback = "http://localhost:" + port + "/hooks/replies";
        long leftover = createWebhook("replies", "InboundText", callback, "old");
        long otherResource = createWebhook("calls", "InboundCall", callback, null);
        long otherCallback = createWebhook("elsewhere", "InboundText", "http://127.0.0.1:9/elsewhere", null);

        startCamel(sandboxCallfire(), new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:callfire:webhooks/events?resource=InboundText&webhookPath=/hooks/replies"
                        + "&secret=RAW(" + SECRET + ")")
                        .process(received::add);
            }
        });

        assertThat(webhooks()).extracting(Webhook::getId).doesNotContain(leftover)
                .contains(otherResource, otherCallback).hasSize(3);
        Webhook ours = webhooks().stream().filter(webhook -> webhook.getResource().equals("InboundText")
                && webhook.getCallback().equals(callback)).findFirst().orElseThrow();
        assertThat(ours.getSecret()).isEqualTo(SECRET);

        // one inbound text reaches the route once: the leftover would have posted it a second time, signed "old"
        sandbox().injectInboundText("12135551234", OUR_NUMBER, "only once");
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        assertThat(deliveries()).filteredOn(delivery -> delivery.callback().equals(callback)).singleElement()
                .satisfies(delivery -> assertThat(delivery.webhook().id()).isEqualTo(ours.getId()));
        assertThat(received).singleElement().satisfies(exchange -> assertThat(
                exchange.getMessage().getHeader(CallfireConstants.WEBHOOK_ID)).isEqualTo(ours.getId()));
    }

    @Test
    void theSecretStaysOutOfTheEndpointsShownInLogs() throws Exception {
        startCamel(sandboxCallfire(), new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:callfire:webhooks/events?resource=CallBroadcast&secret=RAW(" + SECRET + ")")
                        .process(received::add);
            }
        });

        assertThat(webhooks().get(0).getEvents()).containsExactly("Started", "Stopped", "Finished");
        for (Endpoint endpoint : context.getEndpoints()) {
            assertThat(endpoint.toString()).doesNotContain("s3cr");
            if (endpoint.getEndpointUri().startsWith("callfire:")) {
                assertThat(endpoint.getEndpointUri()).doesNotContain("s3cr");
            }
        }
    }
}
