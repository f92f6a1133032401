package io.github.camelcallfire.sandbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;

class CallsApiTest extends FrozenClockApiTest {

    private JsonNode sendOneCall() {
        SandboxHttp.Reply reply = http.post("/calls?defaultLiveMessage=Your%20order%20is%20ready",
                List.of(Map.of("phoneNumber", "12135550101", "fromNumber", "12135550000")));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().get("items").get(0);
    }

    @Test
    void placesCallThatIsAnsweredAfterTheDelay() {
        JsonNode call = sendOneCall();
        assertThat(call.get("state").asText()).isEqualTo("READY");
        assertThat(call.has("finalCallResult")).isFalse();

        SANDBOX.sandbox().clock().advance(DELAY);
        JsonNode finished = http.get("/calls/" + call.get("id").asLong()).json();

        assertThat(finished.get("state").asText()).isEqualTo("FINISHED");
        assertThat(finished.get("finalCallResult").asText()).isEqualTo("LA");
        JsonNode record = finished.get("records").get(0);
        assertThat(record.get("result").asText()).isEqualTo("LA");
        assertThat(record.get("duration").asInt()).isPositive();
        assertThat(record.get("billedAmount").asDouble()).isEqualTo(1.0);
        assertThat(record.get("finishTime").asLong()).isGreaterThanOrEqualTo(record.get("answerTime").asLong());
    }

    @Test
    void recordsEveryAnsweredCallWithPlayableMp3() {
        long callId = sendOneCall().get("id").asLong();
        assertThat(http.get("/calls/" + callId + "/recordings").json().get("items")).isEmpty();
        SANDBOX.sandbox().clock().advance(DELAY);

        JsonNode recordings = http.get("/calls/" + callId + "/recordings").json().get("items");
        assertThat(recordings).hasSize(1);
        JsonNode recording = recordings.get(0);
        assertThat(recording.get("callId").asLong()).isEqualTo(callId);
        assertThat(recording.get("state").asText()).isEqualTo("READY");
        assertThat(recording.get("name").asText()).isEqualTo("recording-" + callId);
        assertThat(recording.get("mp3Url").asText())
                .isEqualTo(SANDBOX.sandbox().rootUrl() + "/v2/calls/recordings/" + recording.get("id").asLong()
                        + ".mp3");

        long recordingId = recording.get("id").asLong();
        assertThat(http.get("/calls/recordings/" + recordingId).json()).isEqualTo(recording);
        assertThat(http.get("/calls/" + callId + "/recordings/recording-" + callId).json()).isEqualTo(recording);
        SandboxHttp.Reply mp3 = http.get("/calls/recordings/" + recordingId + ".mp3");
        assertThat(mp3.status()).isEqualTo(200);
        assertThat(mp3.header("Content-Type")).startsWith("audio/mpeg");
        assertThat(mp3.bytes()).hasSize(recording.get("lengthInBytes").asInt());
        assertThat(mp3.bytes()[0]).isEqualTo((byte) 0xFF);
        assertThat(http.get("/calls/" + callId + "/recordings/recording-" + callId + ".mp3").bytes())
                .isEqualTo(mp3.bytes());
        assertThat(http.get("/calls/" + callId + "/recordings/other").status()).isEqualTo(404);
    }

    @Test
    void rejectsMoreThanTenRecipients() {
        List<Map<String, String>> eleven = Collections.nCopies(11, Map.of("phoneNumber", "12135550101"));

        SandboxHttp.Reply reply = http.post("/calls?defaultLiveMessage=Hi", eleven);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("10");
        assertThat(http.get("/calls").json().get("totalCount").asLong()).isZero();
    }

    @Test
    void rejectsCallWithNothingToPlay() {
        SandboxHttp.Reply reply = http.post("/calls", List.of(Map.of("phoneNumber", "12135550101")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("liveMessage");
    }

    @Test
    void acceptsSoundInsteadOfLiveMessage() {
        SandboxHttp.Reply reply = http.post("/calls?defaultLiveMessageSoundId=42",
                List.of(Map.of("phoneNumber", "12135550101")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("items").get(0).get("state").asText()).isEqualTo("READY");
    }

    @Test
    void endsCallToDncNumberAsDnc() {
        http.post("/contacts/dncs", Map.of("numbers", List.of("12135550199"), "call", true));

        JsonNode call = http.post("/calls?defaultLiveMessage=Hi", List.of(Map.of("phoneNumber", "12135550199")))
                .json().get("items").get(0);

        assertThat(call.get("state").asText()).isEqualTo("DNC");
        assertThat(call.get("finalCallResult").asText()).isEqualTo("DNC");
    }

    @Test
    void findsInjectedInboundCallsByDirectionAndResult() {
        long outbound = sendOneCall().get("id").asLong();
        long inbound = SANDBOX.sandbox().injectInboundCall("12135550155", "12135550000");

        JsonNode page = http.get("/calls?inbound=true&results=LA").json();

        assertThat(page.get("totalCount").asLong()).isEqualTo(1);
        JsonNode call = page.get("items").get(0);
        assertThat(call.get("id").asLong()).isEqualTo(inbound);
        assertThat(call.get("state").asText()).isEqualTo("FINISHED");
        assertThat(call.get("records").get(0).get("result").asText()).isEqualTo("LA");
        assertThat(http.get("/calls?inbound=false").json().get("items").get(0).get("id").asLong())
                .isEqualTo(outbound);
        assertThat(http.get("/calls?results=NOPE").status()).isEqualTo(400);
        assertThat(http.get("/calls/1").status()).isEqualTo(404);
    }
}
