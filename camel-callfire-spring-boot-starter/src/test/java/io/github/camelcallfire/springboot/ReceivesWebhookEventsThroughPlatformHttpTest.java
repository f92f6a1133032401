package io.github.camelcallfire.springboot;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.Webhook;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.webhooks.Delivery;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application receives CallFire webhook notifications with callfire:webhooks/events on the servlet
 * container, through camel-platform-http-starter; the signature is checked over the raw bytes the container read.
 * The sandbox (the component's CallFire API, configured by properties) delivers a signed event to it as well.
 */
@SpringBootTest(classes = ReceivesWebhookEventsThroughPlatformHttpTest.WebhookApplication.class,
                webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "callfire.webhook.secret=sb-s3cr+t&x")
class ReceivesWebhookEventsThroughPlatformHttpTest {

    static final List<Exchange> RECEIVED = new CopyOnWriteArrayList<>();
    private static final CallfireSandbox SANDBOX = CallfireSandbox.start();

    @LocalServerPort
    private int port;

    @Autowired
    private org.springframework.core.env.Environment environment;

    @Autowired
    private ProducerTemplate template;

    @DynamicPropertySource
    static void pointAtSandbox(DynamicPropertyRegistry registry) {
        registry.add("camel.component.callfire.base-url", SANDBOX::baseUrl);
        registry.add("camel.component.callfire.username", SANDBOX::username);
        registry.add("camel.component.callfire.password", SANDBOX::password);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.stop();
    }

    @BeforeEach
    void forgetEarlierEvents() {
        RECEIVED.clear();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WebhookApplication {

        @Bean
        RouteBuilder replies() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("callfire:webhooks/events?webhookPath=/callfire/events"
                            + "&secret=RAW({{callfire.webhook.secret}})")
                            .process(RECEIVED::add);
                }
            };
        }
    }

    @Test
    void emitsTheSignedEventAndRefusesAnUnsignedOne() throws Exception {
        String secret = environment.getProperty("callfire.webhook.secret");
        byte[] body = ("{\"timestamp\":1764480000000,\"webhookId\":61,\"webhookName\":\"replies\","
                + "\"resourceType\":\"InboundText\",\"events\":[{\"timestamp\":1764480000123,\"webhookId\":61,"
                + "\"resourceType\":\"InboundText\",\"eventType\":\"Finished\",\"resource\":{\"id\":700,"
                + "\"fromNumber\":\"12135551234\",\"inbound\":true,\"message\":\"Gr\u00fc\u00dfe \u2013 ja\"}}]}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(post(body, null)).isEqualTo(401);
        assertThat(RECEIVED).isEmpty();

        assertThat(post(body, sign(secret, body))).isEqualTo(200);
        assertThat(RECEIVED).singleElement().satisfies(exchange -> {
            assertThat(exchange.getMessage().getBody(Text.class).getMessage()).isEqualTo("Gr\u00fc\u00dfe \u2013 ja");
            assertThat(exchange.getMessage().getHeader(CallfireConstants.WEBHOOK_RESOURCE_TYPE))
                    .isEqualTo("InboundText");
            assertThat(exchange.getMessage().getHeader(CallfireConstants.WEBHOOK_EVENT_TIME))
                    .isEqualTo(1764480000123L);
        });
    }

    @Test
    void emitsAnInboundTextTheSandboxDeliversToTheServletContainer() throws Exception {
        // registered the way the direct form expects: by the application (here through callfire:webhooks/create)
        Webhook webhook = new Webhook();
        webhook.setName("replies");
        webhook.setResource("InboundText");
        webhook.setEvents(List.of("Finished"));
        webhook.setCallback("http://localhost:" + port + "/callfire/events");
        webhook.setSecret(environment.getProperty("callfire.webhook.secret"));
        long webhookId = template.requestBody("callfire:webhooks/create", webhook, ResourceId.class).getId();

        long textId = SANDBOX.injectInboundText("12135551234", "67076", "Gr\u00fc\u00dfe \u2013 ja");

        // the route runs inside the POST; the sandbox records the attempt once the answer is back
        long deadline = System.currentTimeMillis() + 10_000;
        while (SANDBOX.webhooks().deliveries().stream().anyMatch(d -> d.outcome() == Delivery.Outcome.PENDING)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(RECEIVED).singleElement().satisfies(exchange -> {
            Text text = exchange.getMessage().getBody(Text.class);
            assertThat(text.getId()).isEqualTo(textId);
            assertThat(text.getMessage()).isEqualTo("Gr\u00fc\u00dfe \u2013 ja");
            Map<String, Object> headers = exchange.getMessage().getHeaders();
            assertThat(headers).containsEntry(CallfireConstants.WEBHOOK_ID, webhookId)
                    .containsEntry(CallfireConstants.WEBHOOK_RESOURCE_TYPE, "InboundText")
                    .containsEntry(CallfireConstants.ITEM_FROM_NUMBER, "12135551234");
        });
        assertThat(SANDBOX.webhooks().deliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.signature()).isNotNull();
            assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
            assertThat(delivery.attempts()).extracting(Delivery.Attempt::status).containsExactly(200);
        });
    }

    private int post(byte[] body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/callfire/events")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-CallFire-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String sign(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
