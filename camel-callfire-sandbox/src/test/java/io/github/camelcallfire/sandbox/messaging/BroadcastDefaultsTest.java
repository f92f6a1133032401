package io.github.camelcallfire.sandbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;

/** What a new broadcast carries when its request leaves a field out, as live CallFire's recorded answers show. */
class BroadcastDefaultsTest extends FrozenClockApiTest {

    private JsonNode createAndGet(String kind, Map<String, Object> broadcast) {
        SandboxHttp.Reply created = http.post("/" + kind + "/broadcasts", broadcast);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return http.get("/" + kind + "/broadcasts/" + created.json().get("id").asLong()).json();
    }

    @Test
    void newTextBroadcastHasNoLocalTimeRestrictionAndDoesNotResumeNextDay() {
        JsonNode broadcast = createAndGet("texts", Map.of("name", "Plain", "message", "Hi"));

        assertThat(broadcast.get("localTimeRestriction").get("enabled").asBoolean(true)).isFalse();
        assertThat(broadcast.get("resumeNextDay").asBoolean(true)).isFalse();
        assertThat(broadcast.get("status").asText()).isEqualTo("SETUP");
        assertThat(broadcast.has("retryConfig")).as("only call broadcasts carry one").isFalse();
    }

    @Test
    void newCallBroadcastMakesOneAttemptAndAnswersLiveAndMachines() {
        JsonNode broadcast = createAndGet("calls", Map.of("name", "Plain", "sounds", Map.of("liveSoundText", "Hi")));

        JsonNode retry = broadcast.get("retryConfig");
        assertThat(retry.get("maxAttempts").asInt()).isEqualTo(1);
        assertThat(retry.get("minutesBetweenAttempts").asInt()).isEqualTo(60);
        assertThat(retry.get("retryPhoneTypes").get(0).asText()).isEqualTo("FIRST_NUMBER");
        assertThat(broadcast.get("answeringMachineConfig").asText()).isEqualTo("AM_AND_LIVE");
        assertThat(broadcast.get("localTimeRestriction").get("enabled").asBoolean(true)).isFalse();
        assertThat(broadcast.get("resumeNextDay").asBoolean(true)).isFalse();
    }

    @Test
    void keepsTheValuesTheRequestGives() {
        JsonNode broadcast = createAndGet("calls", Map.of("name", "Given", "resumeNextDay", true,
                "answeringMachineConfig", "LIVE_WITH_AMD", "retryConfig", Map.of("maxAttempts", 3),
                "localTimeRestriction", Map.of("enabled", true, "beginHour", 9, "endHour", 17)));

        assertThat(broadcast.get("resumeNextDay").asBoolean()).isTrue();
        assertThat(broadcast.get("answeringMachineConfig").asText()).isEqualTo("LIVE_WITH_AMD");
        assertThat(broadcast.get("retryConfig").get("maxAttempts").asInt()).isEqualTo(3);
        assertThat(broadcast.get("localTimeRestriction").get("beginHour").asInt()).isEqualTo(9);
        assertThat(http.post("/texts/broadcasts", Map.of("name", "Bad", "resumeNextDay", "yes")).status())
                .isEqualTo(400);
    }

    @Test
    void callBroadcastSoundsGivenAsTextGetTextToSpeechSoundsOfTheLibrary() {
        JsonNode broadcast = createAndGet("calls", Map.of("name", "Spoken", "sounds",
                Map.of("liveSoundText", "Hello there", "machineSoundText", "Please call back")));

        JsonNode sounds = broadcast.get("sounds");
        assertThat(sounds.get("liveSoundText").asText()).isEqualTo("Hello there");
        long liveSoundId = sounds.get("liveSoundId").asLong();
        JsonNode live = http.get("/campaigns/sounds/" + liveSoundId).json();
        assertThat(live.get("name").asText()).isEqualTo("TTS: Hello there");
        assertThat(live.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(http.get("/campaigns/sounds/" + sounds.get("machineSoundId").asLong()).json().get("name").asText())
                .isEqualTo("TTS: Please call back");

        long id = broadcast.get("id").asLong();
        assertThat(http.put("/calls/broadcasts/" + id, broadcast).status()).isEqualTo(200);
        assertThat(http.get("/calls/broadcasts/" + id).json().get("sounds").get("liveSoundId").asLong())
                .as("sent back with its id, the sound is kept").isEqualTo(liveSoundId);
        assertThat(http.get("/campaigns/sounds").json().get("totalCount").asInt()).isEqualTo(2);
    }

    @Test
    void refusedBroadcastLeavesNoSoundBehind() {
        SandboxHttp.Reply refused = http.post("/calls/broadcasts?strictValidation=true", Map.of("name", "Bad",
                "sounds", Map.of("liveSoundText", "Hi"), "recipients", java.util.List.of(Map.of("phoneNumber", "12"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(http.get("/campaigns/sounds").json().get("totalCount").asInt()).isZero();
    }

    @Test
    void recipientsGivenThroughTheApiFormBatchesNamedAfterTheBroadcastListedOldestFirst() {
        SandboxHttp.Reply created = http.post("/texts/broadcasts", Map.of("name", "Named", "message", "Hi",
                "recipients", java.util.List.of(Map.of("phoneNumber", "12135550201"))));
        long id = created.json().get("id").asLong();
        long named = http.post("/texts/broadcasts/" + id + "/batches", Map.of("name", "Wave 2",
                "recipients", java.util.List.of(Map.of("phoneNumber", "12135550202")))).json().get("id").asLong();
        http.post("/texts/broadcasts/" + id + "/recipients", java.util.List.of(Map.of("phoneNumber", "12135550203")));
        assertThat(http.put("/texts/broadcasts/" + id, Map.of("recipients",
                java.util.List.of(Map.of("phoneNumber", "12135550204")))).status()).isEqualTo(200);

        JsonNode batches = http.get("/texts/broadcasts/" + id + "/batches").json().get("items");

        assertThat(batches.findValuesAsText("name")).containsExactly("API " + id, "Wave 2", "API " + id,
                "API " + id);
        assertThat(batches.get(1).get("id").asLong()).isEqualTo(named);
        assertThat(batches.get(0).get("id").asLong()).isLessThan(named);
    }
}
