package io.github.camelcallfire.webhook;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.Webhook;
import io.github.camelcallfire.model.Page;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * webhook:callfire:webhooks/events registers the route's webhook at CallFire when it starts and deletes it when it
 * stops. Runs against {@link WebhooksApiStub} until the sandbox serves POST/GET/DELETE /webhooks; what was registered
 * is read back through GET /webhooks (callfire:webhooks/find), as it will be from the sandbox.
 */
class WebhookRegistrationTest extends WebhookTestSupport {

    private WebhooksApiStub callfireApi;

    @BeforeEach
    void startApi() throws Exception {
        callfireApi = new WebhooksApiStub();
    }

    @AfterEach
    void stopApi() {
        if (context != null) {
            context.stop(); // deletes the webhook while the API still answers
        }
        callfireApi.close();
    }

    @Test
    void registersTheWebhookAtStartAndDeletesItAtStop() throws Exception {
        startCamel(callfire(callfireApi.baseUrl()), new RouteBuilder() {
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

        // CallFire posts to the callback it was given: the route receives there
        byte[] body = utf8(notification(webhook.getId(), "InboundText", event(webhook.getId(), "InboundText",
                "Finished", 7, "{\"id\": 12, \"message\": \"on my way\"}")));
        assertThat(post(callback.getRawPath(), body, sign(SECRET, body)).statusCode()).isEqualTo(200);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getMessage().getBody(Text.class).getMessage()).isEqualTo("on my way");
        assertThat(received.get(0).getMessage().getHeader(CallfireConstants.WEBHOOK_ID)).isEqualTo(webhook.getId());
        assertThat(received.get(0).getFromRouteId()).isEqualTo("replies");
        assertThat(post(callback.getRawPath(), body, null).statusCode()).isEqualTo(401);

        context.stop();

        assertThat(webhooks()).isEmpty();
    }

    @Test
    void registersNothingWithWebhookAutoRegisterFalseAndStillReceives() throws Exception {
        startCamel(callfire(callfireApi.baseUrl()), new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:callfire:webhooks/events?webhookAutoRegister=false&webhookPath=/hooks/texts"
                        + "&secret=RAW(" + SECRET + ")")
                        .process(received::add);
            }
        });

        assertThat(webhooks()).isEmpty();
        byte[] body = utf8(notification(3, "OutboundText", event(3, "OutboundText", "Finished", 8, "{\"id\": 13}")));
        assertThat(post("/hooks/texts", body, sign(SECRET, body)).statusCode()).isEqualTo(200);
        assertThat(received).hasSize(1);
    }

    @Test
    void replacesTheWebhookACrashedRunLeftAtTheSameCallback() throws Exception {
        port = freePort();
        String callback = "http://localhost:" + port + "/hooks/replies";
        long leftover = callfireApi.add("{\"name\":\"replies\",\"resource\":\"InboundText\",\"events\":[\"Finished\"],"
                + "\"callback\":\"" + callback + "\",\"secret\":\"old\",\"enabled\":true}");
        long otherResource = callfireApi.add("{\"name\":\"calls\",\"resource\":\"InboundCall\","
                + "\"events\":[\"Finished\"],\"callback\":\"" + callback + "\",\"enabled\":true}");
        long otherCallback = callfireApi.add("{\"name\":\"elsewhere\",\"resource\":\"InboundText\","
                + "\"events\":[\"Finished\"],\"callback\":\"https://other.example.com/hook\",\"enabled\":true}");

        startCamel(callfire(callfireApi.baseUrl()), new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:callfire:webhooks/events?resource=InboundText&webhookPath=/hooks/replies"
                        + "&secret=RAW(" + SECRET + ")")
                        .process(received::add);
            }
        });

        assertThat(webhooks()).extracting(Webhook::getId).doesNotContain(leftover)
                .contains(otherResource, otherCallback).hasSize(3);
        assertThat(webhooks()).filteredOn(webhook -> webhook.getResource().equals("InboundText")
                && webhook.getCallback().equals(callback)).singleElement()
                .satisfies(webhook -> assertThat(webhook.getSecret()).isEqualTo(SECRET));
    }

    @Test
    void theSecretStaysOutOfTheEndpointsShownInLogs() throws Exception {
        startCamel(callfire(callfireApi.baseUrl()), new RouteBuilder() {
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

    /* what GET /webhooks lists, read with the component's own operation executor */
    @SuppressWarnings("unchecked")
    private List<Webhook> webhooks() throws Exception {
        try (var probe = new org.apache.camel.impl.DefaultCamelContext()) {
            probe.addComponent("callfire", callfire(callfireApi.baseUrl()));
            probe.start();
            ProducerTemplate template = probe.createProducerTemplate();
            Page<Webhook> page = template.requestBody("callfire:webhooks/find", null, Page.class);
            return page.getItems();
        }
    }
}
