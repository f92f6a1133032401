package io.github.camelcallfire.sandbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;

/**
 * Texts and calls sent without a campaign join the account's default campaign, one batch per request, as CallFire's
 * recorded answers of POST /texts and /calls show; {@code campaignId=0} finds them.
 */
class DirectSendCampaignTest extends FrozenClockApiTest {

    private JsonNode send(String path, List<Map<String, Object>> recipients) {
        SandboxHttp.Reply reply = http.post(path, recipients);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().get("items");
    }

    private List<Long> ids(String path) {
        List<Long> ids = new ArrayList<>();
        http.get(path).json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    @Test
    void textsSentWithoutCampaignCarryTheDefaultCampaignAndOneBatchPerRequest() {
        JsonNode first = send("/texts?defaultMessage=Hi", List.of(Map.of("phoneNumber", "12135550301"),
                Map.of("phoneNumber", "12135550302")));
        JsonNode second = send("/texts?defaultMessage=Hi", List.of(Map.of("phoneNumber", "12135550303")));

        long campaignId = first.get(0).get("campaignId").asLong();
        long batchId = first.get(0).get("batchId").asLong();
        assertThat(campaignId).isPositive();
        assertThat(batchId).isPositive();
        assertThat(first.get(1).get("campaignId").asLong()).isEqualTo(campaignId);
        assertThat(first.get(1).get("batchId").asLong()).isEqualTo(batchId);
        assertThat(second.get(0).get("campaignId").asLong()).isEqualTo(campaignId);
        assertThat(second.get(0).get("batchId").asLong()).isNotEqualTo(batchId);
        long lastId = second.get(0).get("id").asLong();
        assertThat(http.get("/texts/" + lastId).json().get("campaignId").asLong()).isEqualTo(campaignId);

        assertThat(ids("/texts?campaignId=0")).hasSize(3);
        assertThat(ids("/texts?campaignId=" + campaignId)).hasSize(3);
        assertThat(ids("/texts?batchId=" + batchId)).containsExactlyInAnyOrder(first.get(0).get("id").asLong(),
                first.get(1).get("id").asLong());
    }

    @Test
    void defaultCampaignSelectsNoBroadcastTexts() {
        long broadcast = http.post("/texts/broadcasts?start=true", Map.of("name", "B", "message", "M",
                "recipients", List.of(Map.of("phoneNumber", "12135550304")))).json().get("id").asLong();
        assertThat(ids("/texts?campaignId=0")).as("nothing sent directly yet").isEmpty();

        long direct = send("/texts?defaultMessage=Hi", List.of(Map.of("phoneNumber", "12135550301")))
                .get(0).get("id").asLong();

        assertThat(ids("/texts?campaignId=0")).containsExactly(direct);
        assertThat(ids("/texts?campaignId=" + broadcast)).hasSize(1).doesNotContain(direct);
        SANDBOX.sandbox().injectInboundText("12135550305", "67076", "hello");
        assertThat(ids("/texts?campaignId=0")).containsExactly(direct);
    }

    @Test
    void defaultCampaignIsNoBroadcastOrBatchToRead() {
        JsonNode text = send("/texts?defaultMessage=Hi", List.of(Map.of("phoneNumber", "12135550301"))).get(0);

        assertThat(http.get("/texts/broadcasts/" + text.get("campaignId").asLong()).status()).isEqualTo(404);
        assertThat(http.get("/campaigns/batches/" + text.get("batchId").asLong()).status()).isEqualTo(404);
        assertThat(http.get("/texts/broadcasts").json().get("totalCount").asLong()).isZero();
    }

    @Test
    void callsSentWithoutCampaignCarryTheDefaultCallCampaignAndOneBatchPerRequest() {
        JsonNode calls = send("/calls?defaultLiveMessage=Hello", List.of(
                Map.of("phoneNumber", "12135550301", "fromNumber", "12135550000"),
                Map.of("phoneNumber", "12135550302", "fromNumber", "12135550000")));
        long textCampaign = send("/texts?defaultMessage=Hi", List.of(Map.of("phoneNumber", "12135550301")))
                .get(0).get("campaignId").asLong();

        long campaignId = calls.get(0).get("campaignId").asLong();
        assertThat(campaignId).isPositive().isNotEqualTo(textCampaign);
        assertThat(calls.get(1).get("campaignId").asLong()).isEqualTo(campaignId);
        assertThat(calls.get(0).get("batchId").asLong()).isEqualTo(calls.get(1).get("batchId").asLong());
        assertThat(calls.get(0).get("agentCall").asBoolean(true)).isFalse();
        assertThat(ids("/calls?campaignId=0")).hasSize(2);
        assertThat(ids("/calls?campaignId=" + campaignId)).hasSize(2);
    }
}
