package io.github.camelcallfire.sandbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;

/**
 * A broadcast's recipients exist as READY texts or calls from the moment they are added, as on live CallFire: the
 * broadcast's texts/calls list them before the start, and the start sends those very texts and calls.
 */
class BroadcastRecipientsTest extends FrozenClockApiTest {

    private static final List<Map<String, Object>> TWO = List.of(Map.of("phoneNumber", "12135550201"),
            Map.of("phoneNumber", "12135550202"));

    private long create(String kind, Map<String, Object> broadcast) {
        SandboxHttp.Reply reply = http.post("/" + kind + "/broadcasts", broadcast);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private long textBroadcast() {
        return create("texts", Map.of("name", "Open day", "message", "Doors open at 9", "recipients", TWO));
    }

    private long callBroadcast() {
        return create("calls", Map.of("name", "Reminder", "fromNumber", "12135550000",
                "sounds", Map.of("liveSoundText", "See you tomorrow"), "recipients", TWO));
    }

    private JsonNode list(String path) {
        SandboxHttp.Reply reply = http.get(path);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private static List<String> states(JsonNode page) {
        List<String> states = new ArrayList<>();
        page.get("items").forEach(i -> states.add(i.get("state").asText()));
        return states;
    }

    private void ok(String path, Object body) {
        SandboxHttp.Reply reply = http.post(path, body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    @Test
    void listsTextBroadcastRecipientsAsReadyTextsBeforeTheStart() {
        long id = textBroadcast();

        JsonNode page = list("/texts/broadcasts/" + id + "/texts");

        assertThat(page.get("totalCount").asLong()).isEqualTo(2);
        assertThat(states(page)).containsExactly("READY", "READY");
        long batchId = list("/texts/broadcasts/" + id + "/batches").get("items").get(0).get("id").asLong();
        page.get("items").forEach(text -> {
            assertThat(text.get("campaignId").asLong()).isEqualTo(id);
            assertThat(text.get("batchId").asLong()).isEqualTo(batchId);
            assertThat(text.get("message").asText()).isEqualTo("Doors open at 9");
            assertThat(text.has("finalTextResult")).isFalse();
        });
        assertThat(ids(list("/texts/broadcasts/" + id + "/texts?batchId=" + batchId))).isEqualTo(ids(page));
        assertThat(ids(list("/texts?campaignId=" + id))).isEqualTo(ids(page));
        assertThat(list("/texts?states=READY").get("totalCount").asLong()).isEqualTo(2);
    }

    @Test
    void keepsRecipientsReadyAndUnsentUntilTheStart() {
        long id = textBroadcast();

        SANDBOX.sandbox().clock().advance(DELAY * 10);

        JsonNode page = list("/texts/broadcasts/" + id + "/texts");
        assertThat(states(page)).containsExactly("READY", "READY");
        assertThat(list("/texts?results=SENT").get("totalCount").asLong()).isZero();
        JsonNode stats = list("/texts/broadcasts/" + id + "/stats");
        assertThat(stats.get("totalOutboundCount").asInt()).isEqualTo(2);
        assertThat(stats.get("remainingOutboundCount").asInt()).isEqualTo(2);
        assertThat(stats.get("sentCount").asInt()).isZero();
        assertThat(list("/campaigns/batches/" + page.get("items").get(0).get("batchId").asLong())
                .get("remaining").asInt()).isEqualTo(2);
    }

    @Test
    void startSendsTheTextsListedBeforeItWithoutDuplicates() {
        long id = textBroadcast();
        List<Long> before = ids(list("/texts/broadcasts/" + id + "/texts"));

        ok("/texts/broadcasts/" + id + "/start", null);
        SANDBOX.sandbox().clock().advance(DELAY);

        JsonNode page = list("/texts/broadcasts/" + id + "/texts");
        assertThat(ids(page)).isEqualTo(before);
        page.get("items").forEach(text -> assertThat(text.get("finalTextResult").asText()).isEqualTo("SENT"));
        assertThat(ids(list("/texts"))).isEqualTo(before);
        assertThat(list("/texts/broadcasts/" + id).get("status").asText()).isEqualTo("FINISHED");
    }

    @Test
    void startCallsTheCallsListedBeforeItWithoutDuplicates() {
        long id = callBroadcast();
        JsonNode page = list("/calls/broadcasts/" + id + "/calls");
        assertThat(page.get("totalCount").asLong()).isEqualTo(2);
        assertThat(states(page)).containsExactly("READY", "READY");
        assertThat(page.get("items").get(0).get("batchId").asLong()).isPositive();
        List<Long> before = ids(page);
        assertThat(ids(list("/calls?campaignId=" + id))).isEqualTo(before);

        ok("/calls/broadcasts/" + id + "/start", null);
        SANDBOX.sandbox().clock().advance(DELAY);

        JsonNode after = list("/calls/broadcasts/" + id + "/calls");
        assertThat(ids(after)).isEqualTo(before);
        after.get("items").forEach(call -> assertThat(call.get("finalCallResult").asText()).isEqualTo("LA"));
        assertThat(list("/calls").get("totalCount").asLong()).isEqualTo(2);
    }

    @Test
    void addedRecipientsOfABroadcastNotStartedWaitForTheStart() {
        long id = create("texts", Map.of("name", "Later", "message", "Hi"));

        SandboxHttp.Reply added = http.post("/texts/broadcasts/" + id + "/recipients", TWO);
        assertThat(added.status()).as(added.text()).isEqualTo(200);
        SANDBOX.sandbox().clock().advance(DELAY);

        JsonNode page = list("/texts/broadcasts/" + id + "/texts");
        assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(ids(added.json()));
        assertThat(states(page)).containsExactly("READY", "READY");

        ok("/texts/broadcasts/" + id + "/start", null);
        SANDBOX.sandbox().clock().advance(DELAY);
        assertThat(list("/texts/broadcasts/" + id + "/stats").get("sentCount").asInt()).isEqualTo(2);
    }

    @Test
    void addedBatchIsListedAsReadyCallsBeforeTheStart() {
        long id = create("calls", Map.of("name", "Batch first", "sounds", Map.of("liveSoundText", "Hello")));

        SandboxHttp.Reply added = http.post("/calls/broadcasts/" + id + "/batches", Map.of("name", "Wave 1",
                "recipients", TWO));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        long batchId = added.json().get("id").asLong();

        JsonNode page = list("/calls/broadcasts/" + id + "/calls?batchId=" + batchId);
        assertThat(page.get("totalCount").asLong()).isEqualTo(2);
        assertThat(states(page)).containsExactly("READY", "READY");
        assertThat(list("/calls?batchId=" + batchId).get("totalCount").asLong()).isEqualTo(2);
        assertThat(list("/campaigns/batches/" + batchId).get("remaining").asInt()).isEqualTo(2);
    }

    @Test
    void togglesRecipientsOfATextBroadcastBetweenDisabledAndReady() {
        togglesBetweenDisabledAndReady("texts", textBroadcast());
    }

    @Test
    void togglesRecipientsOfACallBroadcastBetweenDisabledAndReady() {
        togglesBetweenDisabledAndReady("calls", callBroadcast());
    }

    private void togglesBetweenDisabledAndReady(String kind, long id) {
        String base = "/" + kind + "/broadcasts/" + id;

        ok(base + "/toggleRecipientsStatus?enable=false", TWO);
        JsonNode disabled = list(base + "/" + kind);
        assertThat(disabled.get("totalCount").asLong()).isEqualTo(2);
        assertThat(states(disabled)).containsExactly("DISABLED", "DISABLED");

        ok(base + "/toggleRecipientsStatus?enable=true", TWO);
        JsonNode enabled = list(base + "/" + kind);
        assertThat(enabled.get("totalCount").asLong()).isEqualTo(2);
        assertThat(states(enabled)).containsExactly("READY", "READY");

        SANDBOX.sandbox().clock().advance(DELAY);
        assertThat(states(list(base + "/" + kind))).as("re-enabled before the start, still waiting for it")
                .containsExactly("READY", "READY");
        ok(base + "/start", null);
        SANDBOX.sandbox().clock().advance(DELAY);
        assertThat(states(list(base + "/" + kind))).containsExactly("FINISHED", "FINISHED");
    }

    @Test
    void waitingTextsWithoutOwnMessageSendTheBroadcastMessageAsUpdatedBeforeTheStart() {
        long id = create("texts", Map.of("name", "No message yet", "recipients",
                List.of(Map.of("phoneNumber", "12135550201", "attributes", Map.of("name", "Ann")),
                        Map.of("phoneNumber", "12135550202", "message", "My own"))));
        JsonNode page = list("/texts/broadcasts/" + id + "/texts");
        assertThat(page.get("totalCount").asLong()).isEqualTo(2);

        SandboxHttp.Reply refused = http.post("/texts/broadcasts/" + id + "/start", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("12135550201");

        assertThat(http.put("/texts/broadcasts/" + id, Map.of("message", "Hello ${name}")).status()).isEqualTo(200);
        ok("/texts/broadcasts/" + id + "/start", null);
        SANDBOX.sandbox().clock().advance(DELAY);

        assertThat(list("/texts?toNumber=12135550201").get("items").get(0).get("message").asText())
                .isEqualTo("Hello Ann");
        assertThat(list("/texts?toNumber=12135550202").get("items").get(0).get("message").asText())
                .isEqualTo("My own");
        assertThat(list("/texts/broadcasts/" + id + "/stats").get("sentCount").asInt()).isEqualTo(2);
    }

    @Test
    void textsThatGoOutAtOnceNeedAMessageFromTheRecipientTheRequestOrTheBroadcast() {
        long setup = create("texts", Map.of("name", "No message"));
        long running = create("texts", Map.of("name", "Running, no message"));
        ok("/texts/broadcasts/" + running + "/recipients", List.of(Map.of("phoneNumber", "12135550209",
                "message", "own")));
        ok("/texts/broadcasts/" + running + "/start", null);

        SandboxHttp.Reply viaPostTexts = http.post("/texts?campaignId=" + setup, TWO);
        SandboxHttp.Reply toRunning = http.post("/texts/broadcasts/" + running + "/recipients", TWO);

        assertThat(viaPostTexts.status()).isEqualTo(400);
        assertThat(viaPostTexts.json().get("message").asText()).contains("message");
        assertThat(toRunning.status()).isEqualTo(400);
        assertThat(list("/texts?campaignId=" + setup).get("totalCount").asLong()).isZero();
        SandboxHttp.Reply withDefault = http.post("/texts?defaultMessage=Hello&campaignId=" + setup, TWO);
        assertThat(withDefault.status()).as(withDefault.text()).isEqualTo(200);
        withDefault.json().get("items").forEach(t -> assertThat(t.get("message").asText()).isEqualTo("Hello"));
    }

    @Test
    void postTextsWithTheCampaignIdOfABroadcastNotStartedSendsAtOnce() {
        long id = create("texts", Map.of("name", "Not started", "message", "Hi"));

        SandboxHttp.Reply sent = http.post("/texts?campaignId=" + id, TWO);
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        SANDBOX.sandbox().clock().advance(DELAY);

        JsonNode page = list("/texts/broadcasts/" + id + "/texts");
        assertThat(states(page)).containsExactly("FINISHED", "FINISHED");
        assertThat(list("/texts/broadcasts/" + id).get("status").asText()).isEqualTo("SETUP");
    }

    @Test
    void sameNumberTwiceInOneBatchMakesTheLaterTextDup() {
        long id = create("texts", Map.of("name", "Twice", "message", "Hi", "recipients",
                List.of(Map.of("phoneNumber", "12135550201"), Map.of("phoneNumber", "12135550201"))));

        JsonNode page = list("/texts/broadcasts/" + id + "/texts");

        assertThat(page.get("totalCount").asLong()).isEqualTo(2);
        assertThat(states(page)).containsExactly("DUP", "READY");
    }

    @Test
    void numbersPutOnTheDoNotContactListBeforeTheStartAreNotSent() {
        long texts = textBroadcast();
        long calls = callBroadcast();
        assertThat(http.post("/contacts/dncs", Map.of("numbers", List.of("12135550201"))).status()).isEqualTo(200);

        ok("/texts/broadcasts/" + texts + "/start", null);
        ok("/calls/broadcasts/" + calls + "/start", null);
        SANDBOX.sandbox().clock().advance(DELAY);

        JsonNode text = list("/texts?campaignId=" + texts + "&toNumber=12135550201").get("items").get(0);
        assertThat(text.get("state").asText()).isEqualTo("FINISHED");
        assertThat(text.get("finalTextResult").asText()).isEqualTo("DNT");
        assertThat(text.get("records").get(0).get("textResult").asText()).isEqualTo("DNT");
        JsonNode call = list("/calls?campaignId=" + calls + "&toNumber=12135550201").get("items").get(0);
        assertThat(call.get("state").asText()).isEqualTo("DNC");
        assertThat(call.get("finalCallResult").asText()).isEqualTo("DNC");
        assertThat(list("/texts/broadcasts/" + texts + "/stats").get("sentCount").asInt()).isEqualTo(1);
        assertThat(list("/texts/broadcasts/" + texts + "/stats").get("doNotTextCount").asInt()).isEqualTo(1);
    }

    @Test
    void waitingTextsApplyTheBigMessageStrategyToTheBroadcastMessageAtTheStart() {
        String longMessage = "x".repeat(200);
        long refused = create("texts", Map.of("name", "Too big", "bigMessageStrategy", "DO_NOT_SEND",
                "recipients", List.of(Map.of("phoneNumber", "12135550201"))));
        long trimmed = create("texts", Map.of("name", "Trimmed", "bigMessageStrategy", "TRIM",
                "recipients", List.of(Map.of("phoneNumber", "12135550202"))));
        assertThat(http.put("/texts/broadcasts/" + refused, Map.of("message", longMessage)).status()).isEqualTo(200);
        assertThat(http.put("/texts/broadcasts/" + trimmed, Map.of("message", longMessage)).status()).isEqualTo(200);

        ok("/texts/broadcasts/" + refused + "/start", null);
        ok("/texts/broadcasts/" + trimmed + "/start", null);
        SANDBOX.sandbox().clock().advance(DELAY);

        JsonNode tooBig = list("/texts/broadcasts/" + refused + "/texts").get("items").get(0);
        assertThat(tooBig.get("state").asText()).isEqualTo("FINISHED");
        assertThat(tooBig.get("finalTextResult").asText()).isEqualTo("TOO_BIG");
        assertThat(tooBig.get("records").get(0).get("billedAmount").asDouble()).isZero();
        JsonNode cut = list("/texts/broadcasts/" + trimmed + "/texts").get("items").get(0);
        assertThat(cut.get("finalTextResult").asText()).isEqualTo("SENT");
        assertThat(cut.get("message").asText()).hasSize(160);
        assertThat(list("/texts/broadcasts/" + refused + "/stats").get("tooBigCount").asInt()).isEqualTo(1);
    }
}
