package io.github.camelcallfire.springboot;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.Text;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application receives CallFire webhook notifications with callfire:webhooks/events on the servlet
 * container, through camel-platform-http-starter; the signature is checked over the raw bytes the container read.
 */
@SpringBootTest(classes = ReceivesWebhookEventsThroughPlatformHttpTest.WebhookApplication.class,
                webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "callfire.webhook.secret=sb-s3cr+t&x")
class ReceivesWebhookEventsThroughPlatformHttpTest {

    static final List<Exchange> RECEIVED = new CopyOnWriteArrayList<>();

    @LocalServerPort
    private int port;

    @Autowired
    private org.springframework.core.env.Environment environment;

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
