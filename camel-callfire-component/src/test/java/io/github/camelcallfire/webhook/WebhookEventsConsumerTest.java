package io.github.camelcallfire.webhook;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.ActionState;
import io.github.camelcallfire.model.Call;
import io.github.camelcallfire.model.ContactList;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextBroadcast;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** callfire:webhooks/events on platform-http (Vert.x): signed notifications posted over real HTTP. */
class WebhookEventsConsumerTest extends WebhookTestSupport {

    private static final String PATH = "/callfire/events";
    private final AtomicBoolean failNextBroken = new AtomicBoolean(true);

    @BeforeEach
    void start() throws Exception {
        // no CallFire API is needed: the webhooks are registered elsewhere
        startCamel(callfire("http://127.0.0.1:9/v2"), new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("callfire:webhooks/events?webhookPath=" + PATH + "&secret=RAW(" + SECRET + ")")
                        .process(exchange -> {
                            if (exchange.getMessage().getBody() instanceof Text text
                                    && "break once".equals(text.getMessage()) && failNextBroken.getAndSet(false)) {
                                throw new IllegalStateException("the route failed on this event");
                            }
                            received.add(exchange);
                        });
            }
        });
    }

    @Test
    void emitsOneTypedExchangePerEventWithItsHeaders() throws Exception {
        byte[] body = utf8(notification(77, "InboundText",
                event(77, "InboundText", "Finished", 1764480000100L, "{\"id\": 9001, \"fromNumber\": \"12135551234\","
                        + " \"toNumber\": \"67076\", \"inbound\": true, \"state\": \"FINISHED\", \"created\": 1764480000000,"
                        + " \"message\": \"Ja, gerne \u2013 \u00fcbermorgen \ud83d\udc4d\"}"),
                event(77, "InboundText", "Finished", 1764480000200L, "{\"id\": 9002, \"fromNumber\": \"12135559876\","
                        + " \"toNumber\": \"67076\", \"inbound\": true, \"message\": \"STOP\"}")));

        HttpResponse<String> response = post(PATH, body, sign(SECRET, body));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(received).hasSize(2);
        Exchange first = received.get(0);
        assertThat(first.getMessage().getBody()).isInstanceOf(Text.class);
        Text text = first.getMessage().getBody(Text.class);
        assertThat(text.getId()).isEqualTo(9001L);
        assertThat(text.getMessage()).isEqualTo("Ja, gerne \u2013 \u00fcbermorgen \ud83d\udc4d");
        assertThat(text.getState()).isEqualTo(ActionState.FINISHED);
        Map<String, Object> headers = first.getMessage().getHeaders();
        assertThat(headers).containsEntry(CallfireConstants.WEBHOOK_RESOURCE_TYPE, "InboundText")
                .containsEntry(CallfireConstants.WEBHOOK_EVENT_TYPE, "Finished")
                .containsEntry(CallfireConstants.WEBHOOK_ID, 77L)
                .containsEntry(CallfireConstants.WEBHOOK_NAME, "replies")
                .containsEntry(CallfireConstants.WEBHOOK_EVENT_TIME, 1764480000100L)
                .containsEntry(CallfireConstants.ITEM_ID, 9001L)
                .containsEntry(CallfireConstants.ITEM_FROM_NUMBER, "12135551234")
                .containsEntry(CallfireConstants.ITEM_INBOUND, true);
        assertThat(headers.keySet()).noneMatch(name -> name.equalsIgnoreCase("X-CallFire-Signature"));
        assertThat(received.get(1).getMessage().getBody(Text.class).getMessage()).isEqualTo("STOP");
        assertThat(received.get(1).getMessage().getHeader(CallfireConstants.WEBHOOK_EVENT_TIME))
                .isEqualTo(1764480000200L);
    }

    @Test
    void bodyIsTheModelOfTheEventsResource() throws Exception {
        postSigned(notification(5, "OutboundCall", event(5, "OutboundCall", "Finished", 11,
                "{\"id\": 31, \"toNumber\": \"12135551234\", \"finalCallResult\": \"LA\"}")));
        postSigned(notification(6, "TextBroadcast", event(6, "TextBroadcast", "Started", 12,
                "{\"id\": 41, \"name\": \"spring sale\", \"status\": \"RUNNING\"}")));
        postSigned(notification(7, "ContactList", event(7, "ContactList", "ValidationFinished", 13,
                "{\"id\": 51, \"name\": \"customers\", \"size\": 3}")));
        postSigned(notification(8, "LowBalance", event(8, "LowBalance", "Finished", 14,
                "{\"balance\": 1.5}")));

        assertThat(received).extracting(exchange -> exchange.getMessage().getBody().getClass())
                .element(0).isEqualTo(Call.class);
        assertThat(received.get(0).getMessage().getBody(Call.class).getId()).isEqualTo(31L);
        assertThat(received.get(1).getMessage().getBody()).isInstanceOf(TextBroadcast.class);
        assertThat(received.get(1).getMessage().getBody(TextBroadcast.class).getName()).isEqualTo("spring sale");
        assertThat(received.get(1).getMessage().getHeader(CallfireConstants.WEBHOOK_EVENT_TYPE)).isEqualTo("Started");
        assertThat(received.get(2).getMessage().getBody()).isInstanceOf(ContactList.class);
        assertThat(received.get(3).getMessage().getBody()).isInstanceOf(Map.class);
        assertThat(received.get(3).getMessage().getBody(Map.class)).containsEntry("balance", 1.5);
    }

    @Test
    void dropsARepeatedDeliveryOfTheSameEvent() throws Exception {
        String sameEvent = event(77, "InboundText", "Finished", 500, "{\"id\": 9100, \"message\": \"yes\"}");
        byte[] body = utf8(notification(77, "InboundText", sameEvent));

        assertThat(post(PATH, body, sign(SECRET, body)).statusCode()).isEqualTo(200);
        assertThat(post(PATH, body, sign(SECRET, body)).statusCode()).isEqualTo(200);
        // CallFire batching the same event with a new one: only the new one is emitted
        byte[] batched = utf8(notification(77, "InboundText", sameEvent,
                event(77, "InboundText", "Finished", 501, "{\"id\": 9101, \"message\": \"no\"}")));
        assertThat(post(PATH, batched, sign(SECRET, batched)).statusCode()).isEqualTo(200);

        assertThat(received).extracting(exchange -> exchange.getMessage().getBody(Text.class).getId())
                .containsExactly(9100L, 9101L);
    }

    @Test
    void refusesAMissingSignatureWith401AndEmitsNothing() throws Exception {
        byte[] body = utf8(notification(1, "InboundText", event(1, "InboundText", "Finished", 1, "{\"id\": 1}")));

        assertThat(post(PATH, body, null).statusCode()).isEqualTo(401);
        assertThat(received).isEmpty();
    }

    @Test
    void refusesAWrongSignatureWith401AndEmitsNothing() throws Exception {
        byte[] body = utf8(notification(1, "InboundText", event(1, "InboundText", "Finished", 1, "{\"id\": 1}")));

        assertThat(post(PATH, body, sign("another secret", body)).statusCode()).isEqualTo(401);
        assertThat(post(PATH, body, "not base64 at all!").statusCode()).isEqualTo(401);
        assertThat(post(PATH, body, "").statusCode()).isEqualTo(401);
        // the signature of the same JSON laid out differently: only the exact bytes count
        byte[] compact = utf8(new String(body, java.nio.charset.StandardCharsets.UTF_8).replace("\n", ""));
        assertThat(post(PATH, body, sign(SECRET, compact)).statusCode()).isEqualTo(401);
        assertThat(received).isEmpty();
        // and a refused notification is not remembered as emitted
        assertThat(post(PATH, body, sign(SECRET, body)).statusCode()).isEqualTo(200);
        assertThat(received).hasSize(1);
    }

    @Test
    void aRouteFailureAnswers500AndTheRedeliveryEmitsOnlyTheFailedEvent() throws Exception {
        byte[] body = utf8(notification(9, "InboundText",
                event(9, "InboundText", "Finished", 1, "{\"id\": 1, \"message\": \"fine\"}"),
                event(9, "InboundText", "Finished", 2, "{\"id\": 2, \"message\": \"break once\"}")));

        assertThat(post(PATH, body, sign(SECRET, body)).statusCode()).isEqualTo(500);
        assertThat(received).extracting(exchange -> exchange.getMessage().getBody(Text.class).getId())
                .containsExactly(1L);

        assertThat(post(PATH, body, sign(SECRET, body)).statusCode()).isEqualTo(200);
        assertThat(received).extracting(exchange -> exchange.getMessage().getBody(Text.class).getId())
                .containsExactly(1L, 2L);
    }

    @Test
    void refusesABodyThatIsNoNotificationWith400() throws Exception {
        byte[] body = utf8("{\"hello\": \"world\"}");

        assertThat(post(PATH, body, sign(SECRET, body)).statusCode()).isEqualTo(400);
        assertThat(received).isEmpty();
    }

    private void postSigned(String notification) throws Exception {
        byte[] body = utf8(notification);
        assertThat(post(PATH, body, sign(SECRET, body)).statusCode()).isEqualTo(200);
    }
}
