package io.github.camelcallfire.sandbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;

class CallBroadcastsApiTest extends FrozenClockApiTest {

    private long create(String query) {
        SandboxHttp.Reply reply = http.post("/calls/broadcasts" + query, Map.of("name", "Reminder",
                "fromNumber", "12135550000", "answeringMachineConfig", "AM_AND_LIVE",
                "sounds", Map.of("liveSoundText", "Your appointment is tomorrow"),
                "recipients", List.of(Map.of("phoneNumber", "12135550101"), Map.of("phoneNumber", "12135550102"))));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private String status(long id) {
        return http.get("/calls/broadcasts/" + id).json().get("status").asText();
    }

    @Test
    void callsEveryRecipientAndFinishesWithStats() {
        long id = create("");
        assertThat(status(id)).isEqualTo("SETUP");

        assertThat(http.post("/calls/broadcasts/" + id + "/start", null).status()).isEqualTo(200);
        JsonNode calls = http.get("/calls/broadcasts/" + id + "/calls").json();
        assertThat(calls.get("totalCount").asLong()).isEqualTo(2);
        assertThat(calls.get("items").get(0).get("state").asText()).isEqualTo("READY");
        assertThat(calls.get("items").get(0).get("fromNumber").asText()).isEqualTo("12135550000");

        SANDBOX.sandbox().clock().advance(DELAY);

        assertThat(status(id)).isEqualTo("FINISHED");
        JsonNode call = http.get("/calls/broadcasts/" + id + "/calls").json().get("items").get(0);
        assertThat(call.get("finalCallResult").asText()).isEqualTo("LA");
        assertThat(call.get("campaignId").asLong()).isEqualTo(id);
        JsonNode stats = http.get("/calls/broadcasts/" + id + "/stats").json();
        assertThat(stats.get("totalOutboundCount").asInt()).isEqualTo(2);
        assertThat(stats.get("callsPlaced").asInt()).isEqualTo(2);
        assertThat(stats.get("callsLiveAnswer").asInt()).isEqualTo(2);
        assertThat(stats.get("callsRemaining").asInt()).isZero();
        assertThat(stats.get("callsDuration").asInt()).isPositive();
        assertThat(stats.get("billedAmount").asDouble()).isEqualTo(2.0);
    }

    @Test
    void stopsArchivesAndUpdates() {
        long id = create("?start=true");

        assertThat(http.post("/calls/broadcasts/" + id + "/stop", null).status()).isEqualTo(200);
        SANDBOX.sandbox().clock().advance(DELAY);
        assertThat(status(id)).isEqualTo("STOPPED");
        assertThat(http.get("/calls/broadcasts/" + id + "/stats").json().get("callsRemaining").asInt()).isEqualTo(2);

        assertThat(http.put("/calls/broadcasts/" + id, Map.of("name", "Renamed")).status()).isEqualTo(200);
        assertThat(http.get("/calls/broadcasts/" + id).json().get("name").asText()).isEqualTo("Renamed");
        assertThat(http.put("/calls/broadcasts/" + id, Map.of("answeringMachineConfig", "NEVER")).status())
                .isEqualTo(400);

        assertThat(http.post("/calls/broadcasts/" + id + "/archive", null).status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("ARCHIVED");
        assertThat(http.get("/calls/broadcasts").json().get("totalCount").asLong()).isZero();
    }

    @Test
    void findsCallBroadcastsByNameAndRunning() {
        long id = create("?start=true");

        JsonNode page = http.get("/calls/broadcasts?name=remind&running=true").json();

        assertThat(page.get("totalCount").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(http.get("/calls/broadcasts?name=other").json().get("totalCount").asLong()).isZero();
    }

    @Test
    void addsBatchesAndRecipients() {
        long id = create("?start=true");

        SandboxHttp.Reply batch = http.post("/calls/broadcasts/" + id + "/batches",
                Map.of("name", "More", "recipients", List.of(Map.of("phoneNumber", "12135550103"),
                        Map.of("phoneNumber", "12135550103")), "scrubDuplicates", true));
        assertThat(batch.status()).as(batch.text()).isEqualTo(201);
        long batchId = batch.json().get("id").asLong();
        assertThat(http.get("/campaigns/batches/" + batchId).json().get("size").asInt()).isEqualTo(1);

        JsonNode batches = http.get("/calls/broadcasts/" + id + "/batches").json();
        assertThat(batches.get("totalCount").asLong()).isEqualTo(2);
        assertThat(batches.get("items").get(1).get("id").asLong()).as("oldest first").isEqualTo(batchId);

        SandboxHttp.Reply added = http.post("/calls/broadcasts/" + id + "/recipients",
                List.of(Map.of("phoneNumber", "12135550104")));
        assertThat(added.status()).as(added.text()).isEqualTo(200);
        assertThat(added.json().get("items").get(0).get("campaignId").asLong()).isEqualTo(id);

        assertThat(http.get("/calls/broadcasts/" + id + "/calls").json().get("totalCount").asLong()).isEqualTo(4);
        assertThat(http.get("/calls/broadcasts/" + id + "/calls?batchId=" + batchId).json().get("totalCount")
                .asLong()).isEqualTo(1);
        assertThat(http.post("/calls/broadcasts/" + id + "/toggleRecipientsStatus?enable=false",
                List.of(Map.of("phoneNumber", "12135550104"))).status()).isEqualTo(200);
        assertThat(http.get("/calls?states=DISABLED").json().get("totalCount").asLong()).isEqualTo(1);
    }
}
