package io.github.camelcallfire.sandbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;

class TextBroadcastsApiTest extends FrozenClockApiTest {

    private long create(String query, Map<String, Object> broadcast) {
        SandboxHttp.Reply reply = http.post("/texts/broadcasts" + query, broadcast);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private long createWithTwoRecipients(String query) {
        return create(query, Map.of("name", "Spring sale", "message", "Sale starts now", "labels", List.of("promo"),
                "recipients", List.of(Map.of("phoneNumber", "12135550101"), Map.of("phoneNumber", "12135550102"))));
    }

    private String status(long id) {
        return http.get("/texts/broadcasts/" + id).json().get("status").asText();
    }

    private JsonNode texts(long id) {
        return http.get("/texts/broadcasts/" + id + "/texts").json();
    }

    private void post(String path, int expected) {
        SandboxHttp.Reply reply = http.post(path, null);
        assertThat(reply.status()).as(reply.text()).isEqualTo(expected);
    }

    @Test
    void runsBroadcastFromSetupToFinishedSendingEveryRecipient() {
        long id = createWithTwoRecipients("");
        JsonNode broadcast = http.get("/texts/broadcasts/" + id).json();
        assertThat(broadcast.get("status").asText()).isEqualTo("SETUP");
        assertThat(broadcast.get("name").asText()).isEqualTo("Spring sale");
        assertThat(texts(id).get("totalCount").asLong()).isEqualTo(2);

        post("/texts/broadcasts/" + id + "/start", 200);

        assertThat(status(id)).isEqualTo("RUNNING");
        JsonNode page = texts(id);
        assertThat(page.get("totalCount").asLong()).isEqualTo(2);
        JsonNode text = page.get("items").get(0);
        assertThat(text.get("state").asText()).isEqualTo("READY");
        assertThat(text.get("campaignId").asLong()).isEqualTo(id);
        assertThat(text.get("batchId").asLong()).isPositive();
        assertThat(text.get("labels").get(0).asText()).isEqualTo("promo");
        assertThat(http.get("/texts?campaignId=" + id).json().get("totalCount").asLong()).isEqualTo(2);
        assertThat(http.get("/texts?campaignId=0").json().get("totalCount").asLong()).isZero();

        SANDBOX.sandbox().clock().advance(DELAY);

        assertThat(status(id)).isEqualTo("FINISHED");
        JsonNode stats = http.get("/texts/broadcasts/" + id + "/stats").json();
        assertThat(stats.get("totalOutboundCount").asInt()).isEqualTo(2);
        assertThat(stats.get("sentCount").asInt()).isEqualTo(2);
        assertThat(stats.get("remainingOutboundCount").asInt()).isZero();
        assertThat(stats.get("billedAmount").asDouble()).isEqualTo(2.0);
        assertThat(stats.has("recievedCount")).isTrue();
        long before = SANDBOX.sandbox().clock().now() - DELAY - 1;
        assertThat(http.get("/texts/broadcasts/" + id + "/stats?end=" + before).json()
                .get("totalOutboundCount").asInt()).isZero();
    }

    @Test
    void startsAtOnceWithStartTrue() {
        long id = createWithTwoRecipients("?start=true");

        assertThat(status(id)).isEqualTo("RUNNING");
        assertThat(texts(id).get("totalCount").asLong()).isEqualTo(2);
    }

    @Test
    void keepsPendingTextsUnsentWhileStopped() {
        long id = createWithTwoRecipients("?start=true");

        post("/texts/broadcasts/" + id + "/stop", 200);
        SANDBOX.sandbox().clock().advance(DELAY * 5);

        assertThat(status(id)).isEqualTo("STOPPED");
        assertThat(texts(id).get("items").get(0).get("state").asText()).isEqualTo("READY");

        post("/texts/broadcasts/" + id + "/start", 200);
        SANDBOX.sandbox().clock().advance(DELAY);
        assertThat(status(id)).isEqualTo("FINISHED");
    }

    @Test
    void hidesArchivedBroadcastFromFindButStillServesIt() {
        long archived = createWithTwoRecipients("");
        long kept = createWithTwoRecipients("");

        post("/texts/broadcasts/" + archived + "/archive", 200);

        assertThat(status(archived)).isEqualTo("ARCHIVED");
        JsonNode page = http.get("/texts/broadcasts").json();
        assertThat(page.get("totalCount").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(kept);
        assertThat(http.post("/texts/broadcasts/" + archived + "/start", null).status()).isEqualTo(400);
    }

    @Test
    void findsBroadcastsByNameLabelAndRunning() {
        long sale = createWithTwoRecipients("?start=true");
        long news = create("", Map.of("name", "Newsletter", "message", "News"));

        assertThat(ids("/texts/broadcasts")).containsExactly(news, sale);
        assertThat(ids("/texts/broadcasts?name=SPRING")).containsExactly(sale);
        assertThat(ids("/texts/broadcasts?label=promo")).containsExactly(sale);
        assertThat(ids("/texts/broadcasts?running=true")).containsExactly(sale);
        assertThat(ids("/texts/broadcasts?running=false")).containsExactly(news);
    }

    @Test
    void updatesWritableFields() {
        long id = createWithTwoRecipients("");

        SandboxHttp.Reply reply = http.put("/texts/broadcasts/" + id, Map.of("name", "Renamed", "status", "FINISHED"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode broadcast = http.get("/texts/broadcasts/" + id).json();
        assertThat(broadcast.get("name").asText()).isEqualTo("Renamed");
        assertThat(broadcast.get("message").asText()).isEqualTo("Sale starts now");
        assertThat(broadcast.get("status").asText()).isEqualTo("SETUP");
        assertThat(http.put("/texts/broadcasts/" + id, Map.of("bigMessageStrategy", "HUGE")).status())
                .isEqualTo(400);
    }

    @Test
    void addsValidatedBatchesAndDisablesTheirPendingTexts() {
        long id = create("?start=true", Map.of("name", "Batches", "message", "Hi"));

        SandboxHttp.Reply added = http.post("/texts/broadcasts/" + id + "/batches", Map.of("name", "First",
                "recipients", List.of(Map.of("phoneNumber", "12135550101"), Map.of("phoneNumber", "12135550102"))));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        long batchId = added.json().get("id").asLong();

        JsonNode batches = http.get("/texts/broadcasts/" + id + "/batches").json();
        assertThat(batches.get("totalCount").asLong()).isEqualTo(1);
        JsonNode batch = http.get("/campaigns/batches/" + batchId).json();
        assertThat(batch.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(batch.get("size").asInt()).isEqualTo(2);
        assertThat(batch.get("remaining").asInt()).isEqualTo(2);
        assertThat(batch.get("enabled").asBoolean()).isTrue();
        assertThat(batch.get("broadcastId").asLong()).isEqualTo(id);
        assertThat(http.get("/texts/broadcasts/" + id + "/texts?batchId=" + batchId).json().get("totalCount")
                .asLong()).isEqualTo(2);

        assertThat(http.put("/campaigns/batches/" + batchId, Map.of("enabled", false)).status()).isEqualTo(200);

        assertThat(http.get("/campaigns/batches/" + batchId).json().get("enabled").asBoolean()).isFalse();
        assertThat(texts(id).get("items").get(0).get("state").asText()).isEqualTo("DISABLED");
        assertThat(http.put("/campaigns/batches/" + batchId, Map.of("name", "x")).status()).isEqualTo(400);
    }

    @Test
    void rejectsEmptyOrInvalidBatches() {
        long id = create("", Map.of("name", "Batches", "message", "Hi"));
        String path = "/texts/broadcasts/" + id + "/batches";

        assertThat(http.post(path, Map.of("name", "Empty", "recipients", List.of())).status()).isEqualTo(400);
        assertThat(http.post(path, Map.of("name", "Nothing")).status()).isEqualTo(400);
        SandboxHttp.Reply invalid = http.post(path, Map.of("recipients", List.of(Map.of("phoneNumber", "12"))));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("message").asText()).contains("12");
        assertThat(http.get("/texts/broadcasts/" + id + "/batches").json().get("totalCount").asLong()).isZero();
    }

    @Test
    void addsBatchFromContactList() {
        long listId = http.post("/contacts/lists", Map.of("name", "Fans",
                "contactNumbers", List.of("12135550131", "12135550132"))).json().get("id").asLong();
        long id = create("?start=true", Map.of("name", "To a list", "message", "Hi"));

        SandboxHttp.Reply added = http.post("/texts/broadcasts/" + id + "/batches", Map.of("contactListId", listId));

        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(texts(id).get("totalCount").asLong()).isEqualTo(2);
    }

    @Test
    void actsOnAddedRecipientsAtOnce() {
        long id = create("", Map.of("name", "Direct", "message", "Hi ${first}"));

        SandboxHttp.Reply reply = http.post("/texts/broadcasts/" + id + "/recipients", List.of(
                Map.of("phoneNumber", "12135550101", "attributes", Map.of("first", "Al"))));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode text = reply.json().get("items").get(0);
        assertThat(text.get("campaignId").asLong()).isEqualTo(id);
        assertThat(text.get("message").asText()).isEqualTo("Hi Al");
        assertThat(texts(id).get("totalCount").asLong()).isEqualTo(1);
    }

    @Test
    void sendsThroughBroadcastWithCampaignIdOnPostTexts() {
        long id = create("", Map.of("name", "Via POST /texts", "message", "Hi"));

        JsonNode text = http.post("/texts?campaignId=" + id, List.of(Map.of("phoneNumber", "12135550101")))
                .json().get("items").get(0);

        assertThat(text.get("campaignId").asLong()).isEqualTo(id);
        assertThat(http.post("/texts?campaignId=1", List.of(Map.of("phoneNumber", "12135550101"))).status())
                .isEqualTo(404);
    }

    @Test
    void togglesRecipientsOff() {
        long id = createWithTwoRecipients("?start=true");

        SandboxHttp.Reply reply = http.post("/texts/broadcasts/" + id + "/toggleRecipientsStatus?enable=false",
                List.of(Map.of("phoneNumber", "12135550101")));

        assertThat(reply.status()).isEqualTo(200);
        SANDBOX.sandbox().clock().advance(DELAY);
        JsonNode stats = http.get("/texts/broadcasts/" + id + "/stats").json();
        assertThat(stats.get("sentCount").asInt()).isEqualTo(1);
        assertThat(stats.get("unsentCount").asInt()).isEqualTo(1);
        assertThat(http.post("/texts/broadcasts/" + id + "/toggleRecipientsStatus", List.of()).status())
                .isEqualTo(400);
    }

    @Test
    void answersUnknownBroadcastWith404() {
        long callBroadcast = http.post("/calls/broadcasts", Map.of("name", "Calls")).json().get("id").asLong();

        assertThat(http.get("/texts/broadcasts/" + callBroadcast).status()).isEqualTo(404);
        assertThat(http.post("/texts/broadcasts/1/start", null).status()).isEqualTo(404);
        assertThat(http.get("/campaigns/batches/1").status()).isEqualTo(404);
    }

    private List<Long> ids(String path) {
        List<Long> ids = new ArrayList<>();
        http.get(path).json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
