package io.github.camelcallfire.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.ActionState;
import io.github.camelcallfire.model.BroadcastStatus;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextBroadcast;
import io.github.camelcallfire.model.TextRecipient;
import io.github.camelcallfire.model.Webhook;
import io.github.camelcallfire.sandbox.control.FaultPhase;
import io.github.camelcallfire.sandbox.webhooks.Delivery;
import io.github.camelcallfire.sandbox.webhooks.WebhookFault;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end over real HTTP: the sandbox posts its own signed notifications (X-CallFire-Signature) to the
 * platform-http callback a webhook:callfire: route registered, for events that happen in the sandbox (inbound texts
 * arriving, outbound texts finishing, a text broadcast starting and finishing). The sandbox's delivery log
 * ({@code GET /sandbox/webhook-deliveries}) shows what was posted how often and what the route answered.
 */
class SandboxDeliveredWebhookEventsTest extends SandboxWebhookTestSupport {

    private static final String OUR_NUMBER = "12135550000";
    private static final Duration DELIVERED = Duration.ofSeconds(20);

    private final List<Exchange> outboundTexts = new CopyOnWriteArrayList<>();
    private final List<Exchange> broadcastEvents = new CopyOnWriteArrayList<>();

    private void startRepliesRoute(String options) throws Exception {
        startCamel(sandboxCallfire(), new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:callfire:webhooks/events?resource=InboundText&events=Finished&webhookName=replies"
                        + "&webhookPath=/hooks/replies&secret=RAW(" + SECRET + ")" + options)
                        .routeId("replies")
                        .process(received::add);
            }
        });
    }

    private static Webhook onlyWebhook() throws Exception {
        List<Webhook> webhooks = webhooks();
        assertThat(webhooks).hasSize(1);
        return webhooks.get(0);
    }

    private static void awaitAllDeliveriesEnded() {
        await().atMost(DELIVERED).until(() -> deliveries().stream()
                .noneMatch(delivery -> delivery.outcome() == Delivery.Outcome.PENDING));
    }

    @Test
    void emitsEveryInboundTextTheSandboxDeliversOnceWithTypedBodyAndHeaders() throws Exception {
        startRepliesRoute("");
        long webhookId = onlyWebhook().getId();

        long yes = sandbox().injectInboundText("12135550101", OUR_NUMBER, "YES");
        long stop = sandbox().injectInboundText("12135550102", OUR_NUMBER, "STOP");
        long other = sandbox().injectInboundText("12135550103", OUR_NUMBER, "Gr\u00fc\u00dfe \u2013 3pm? \ud83d\udc4d");

        await().atMost(DELIVERED).until(() -> received.size() >= 3);
        awaitAllDeliveriesEnded();
        // each delivered once, answered 200 at the first attempt, and emitted once
        assertThat(deliveries()).hasSize(3).allSatisfy(delivery -> {
            assertThat(delivery.webhook().id()).isEqualTo(webhookId);
            assertThat(delivery.signature()).isNotNull();
            assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
            assertThat(delivery.attempts()).extracting(Delivery.Attempt::status).containsExactly(200);
        });
        assertThat(received).extracting(exchange -> exchange.getMessage().getBody(Text.class).getId())
                .containsExactlyInAnyOrder(yes, stop, other);

        Exchange third = received.stream()
                .filter(exchange -> exchange.getMessage().getBody(Text.class).getId() == other).findFirst()
                .orElseThrow();
        assertThat(third.getMessage().getBody()).isInstanceOf(Text.class);
        Text text = third.getMessage().getBody(Text.class);
        assertThat(text.getMessage()).isEqualTo("Gr\u00fc\u00dfe \u2013 3pm? \ud83d\udc4d");
        assertThat(text.getFromNumber()).isEqualTo("12135550103");
        assertThat(text.getToNumber()).isEqualTo(OUR_NUMBER);
        assertThat(text.getInbound()).isTrue();
        assertThat(text.getState()).isEqualTo(ActionState.FINISHED);
        JsonNode event = deliveries().stream().map(Delivery::notification)
                .filter(notification -> notification.at("/events/0/resource/id").asLong() == other)
                .findFirst().orElseThrow().at("/events/0");
        Map<String, Object> headers = third.getMessage().getHeaders();
        assertThat(headers).containsEntry(CallfireConstants.WEBHOOK_RESOURCE_TYPE, "InboundText")
                .containsEntry(CallfireConstants.WEBHOOK_EVENT_TYPE, "Finished")
                .containsEntry(CallfireConstants.WEBHOOK_ID, webhookId)
                .containsEntry(CallfireConstants.WEBHOOK_NAME, "replies")
                .containsEntry(CallfireConstants.WEBHOOK_EVENT_TIME, event.path("timestamp").asLong())
                .containsEntry(CallfireConstants.ITEM_ID, other)
                .containsEntry(CallfireConstants.ITEM_FROM_NUMBER, "12135550103")
                .containsEntry(CallfireConstants.ITEM_TO_NUMBER, OUR_NUMBER)
                .containsEntry(CallfireConstants.ITEM_INBOUND, true)
                .containsEntry(CallfireConstants.ITEM_MESSAGE, "Gr\u00fc\u00dfe \u2013 3pm? \ud83d\udc4d");
        assertThat(headers.keySet()).noneMatch(name -> name.equalsIgnoreCase("X-CallFire-Signature"));
    }

    @Test
    void aNotificationTheSandboxDeliversTwiceIsEmittedOnce() throws Exception {
        startRepliesRoute("");
        long webhookId = onlyWebhook().getId();
        // the route answers 200, the sandbox takes the answer as lost and posts the same bytes again a second later
        WebhookFault answerLost = new WebhookFault();
        answerLost.setWebhookId(webhookId);
        answerLost.setPhase(FaultPhase.AFTER);
        answerLost.setStatus(503);
        answerLost.setCount(1);
        sandbox().webhooks().addFault(answerLost);

        long textId = sandbox().injectInboundText("12135550101", OUR_NUMBER, "YES");

        awaitAllDeliveriesEnded();
        assertThat(deliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
            assertThat(delivery.attempts()).hasSize(2);
            // attempt 1 reached the route, which answered 200 (an after-fault acts only on a 2xx answer)
            assertThat(delivery.attempts().get(0).error()).contains("after the receiver answered 200");
            assertThat(delivery.attempts().get(1).status()).isEqualTo(200);
        });
        assertThat(received).singleElement().satisfies(exchange -> {
            assertThat(exchange.getMessage().getBody(Text.class).getId()).isEqualTo(textId);
            assertThat(exchange.getMessage().getHeader(CallfireConstants.WEBHOOK_ID)).isEqualTo(webhookId);
        });

        // a new inbound text afterwards is a new event: emitted
        long next = sandbox().injectInboundText("12135550101", OUR_NUMBER, "YES again");
        await().atMost(DELIVERED).until(() -> received.size() >= 2);
        awaitAllDeliveriesEnded();
        assertThat(received).extracting(exchange -> exchange.getMessage().getBody(Text.class).getId())
                .containsExactly(textId, next);
    }

    @Test
    void notificationsSignedWithAnotherSecretOrUnsignedAreAnswered401AndEmitNothing() throws Exception {
        startRepliesRoute("");
        long ours = onlyWebhook().getId();
        String callback = onlyWebhook().getCallback();
        // webhooks at the route's callback that the route did not register: another secret, and none
        long otherSecret = createWebhook("forged", "InboundText", callback, "not the route's secret");
        long unsigned = createWebhook("unsigned", "InboundText", callback, null);

        long textId = sandbox().injectInboundText("12135550101", OUR_NUMBER, "YES");

        awaitAllDeliveriesEnded(); // the refused ones after 4 attempts, about 7 s
        assertThat(deliveries(ours)).singleElement().satisfies(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
            assertThat(delivery.attempts()).extracting(Delivery.Attempt::status).containsExactly(200);
        });
        for (long refused : List.of(otherSecret, unsigned)) {
            assertThat(deliveries(refused)).singleElement().satisfies(delivery -> {
                assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.FAILED);
                assertThat(delivery.attempts()).extracting(Delivery.Attempt::status)
                        .containsExactly(401, 401, 401, 401);
            });
        }
        assertThat(deliveries(unsigned).get(0).signature()).isNull();
        // the same text, emitted once: from the webhook with the route's secret only
        assertThat(received).singleElement().satisfies(exchange -> {
            assertThat(exchange.getMessage().getBody(Text.class).getId()).isEqualTo(textId);
            assertThat(exchange.getMessage().getHeader(CallfireConstants.WEBHOOK_ID)).isEqualTo(ours);
        });
    }

    @Test
    void aRouteWhoseSecretDiffersFromTheWebhooksEmitsNothing() throws Exception {
        // the webhook at CallFire was created with one secret, the route was deployed with another
        startRepliesRoute("&webhookAutoRegister=false");
        long webhookId = createWebhook("replies", "InboundText", "http://localhost:" + port + "/hooks/replies",
                "the secret before rotation");

        sandbox().injectInboundText("12135550101", OUR_NUMBER, "YES");

        awaitAllDeliveriesEnded();
        assertThat(deliveries(webhookId)).singleElement().satisfies(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.FAILED);
            assertThat(delivery.attempts()).extracting(Delivery.Attempt::status).containsExactly(401, 401, 401, 401);
        });
        assertThat(received).isEmpty();
    }

    @Test
    void outboundTextsFinishedAndATextBroadcastStartedAndFinishedReachTheirRoutes() throws Exception {
        startCamel(sandboxCallfire(), new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:callfire:webhooks/events?resource=OutboundText&events=Finished"
                        + "&secret=RAW(" + SECRET + ")").routeId("outbound-texts")
                        .process(outboundTexts::add);
                from("webhook:callfire:webhooks/events?resource=TextBroadcast&secret=RAW(" + SECRET + ")")
                        .routeId("broadcasts")
                        .process(broadcastEvents::add);
            }
        });
        assertThat(webhooks()).extracting(Webhook::getResource)
                .containsExactlyInAnyOrder("OutboundText", "TextBroadcast");

        @SuppressWarnings("unchecked")
        ItemList<Text> sent = callfireApi("callfire:texts/send?sendResult=FULL&toNumber=12135550201",
                "your table is ready", ItemList.class);
        long sentId = sent.getItems().get(0).getId();
        await().atMost(DELIVERED).until(() -> outboundTexts.size() >= 1);
        Exchange finished = outboundTexts.get(0);
        assertThat(finished.getMessage().getBody(Text.class).getId()).isEqualTo(sentId);
        assertThat(finished.getMessage().getBody(Text.class).getState()).isEqualTo(ActionState.FINISHED);
        assertThat(finished.getMessage().getBody(Text.class).getMessage()).isEqualTo("your table is ready");
        assertThat(finished.getMessage().getHeader(CallfireConstants.WEBHOOK_RESOURCE_TYPE)).isEqualTo("OutboundText");
        assertThat(finished.getMessage().getHeader(CallfireConstants.WEBHOOK_EVENT_TYPE)).isEqualTo("Finished");
        assertThat(finished.getMessage().getHeader(CallfireConstants.ITEM_TO_NUMBER)).isEqualTo("12135550201");

        TextBroadcast broadcast = new TextBroadcast();
        broadcast.setName("closing time");
        broadcast.setFromNumber(OUR_NUMBER);
        broadcast.setMessage("we close at 10 tonight");
        broadcast.setRecipients(List.of(TextRecipient.to("12135550202", null), TextRecipient.to("12135550203", null)));
        long broadcastId = callfireApi("callfire:broadcasts/create?start=true", broadcast, ResourceId.class).getId();

        await().atMost(DELIVERED).until(() -> broadcastEvents.size() >= 2 && outboundTexts.size() >= 3);
        awaitAllDeliveriesEnded();
        assertThat(broadcastEvents).extracting(exchange -> exchange.getMessage().getBody())
                .allSatisfy(body -> assertThat(body).isInstanceOf(TextBroadcast.class));
        assertThat(broadcastEvents).extracting(exchange -> exchange.getMessage().getBody(TextBroadcast.class).getId())
                .containsOnly(broadcastId);
        assertThat(broadcastEvents).extracting(
                        exchange -> exchange.getMessage().getHeader(CallfireConstants.WEBHOOK_EVENT_TYPE),
                        exchange -> exchange.getMessage().getBody(TextBroadcast.class).getStatus())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Started", BroadcastStatus.RUNNING),
                        org.assertj.core.groups.Tuple.tuple("Finished", BroadcastStatus.FINISHED));
        // the broadcast's two texts finished as well, each emitted once on the outbound route
        assertThat(outboundTexts).hasSize(3);
        assertThat(outboundTexts.subList(1, 3)).extracting(exchange -> exchange.getMessage().getBody(Text.class))
                .allSatisfy(text -> {
                    assertThat(text.getCampaignId()).isEqualTo(broadcastId);
                    assertThat(text.getState()).isEqualTo(ActionState.FINISHED);
                })
                .extracting(Text::getToNumber).containsExactlyInAnyOrder("12135550202", "12135550203");
        assertThat(deliveries()).allSatisfy(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
            assertThat(delivery.attempts()).hasSize(1);
        }).hasSize(5);
    }
}
