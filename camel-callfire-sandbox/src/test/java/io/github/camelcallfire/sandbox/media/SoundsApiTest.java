package io.github.camelcallfire.sandbox.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.sandbox.store.AudioSynth;

class SoundsApiTest {

    private static final long RECORDING_DELAY_MS = 30_000;

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX =
            new CallfireSandboxExtension(CallfireSandbox.builder().actionDelayMs(RECORDING_DELAY_MS));

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    private JsonNode tts(String message) {
        SandboxHttp.Reply reply = http().post("/campaigns/sounds/tts", Map.of("message", message, "voice", "FEMALE1"));
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void textToSpeechAnswersAnActiveSoundWithEstimatedLength() {
        JsonNode sound = tts("Hello this is a reminder of your appointment tomorrow at ten");

        assertThat(sound.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(sound.get("lengthInSeconds").asInt()).isEqualTo(5);
        assertThat(sound.get("name").asText()).as("named like live CallFire names text-to-speech sounds")
                .startsWith("TTS: Hello this is").hasSizeLessThanOrEqualTo(64);
        assertThat(http().get("/campaigns/sounds/" + sound.get("id").asLong()).json()).isEqualTo(sound);
    }

    @Test
    void textToSpeechRejectsMissingMessageAndUnknownVoice() {
        assertThat(http().post("/campaigns/sounds/tts", Map.of("voice", "MALE1")).json().get("message").asText())
                .contains("message");
        SandboxHttp.Reply voice = http().post("/campaigns/sounds/tts", Map.of("message", "hi", "voice", "ROBOT"));
        assertThat(voice.status()).isEqualTo(400);
        assertThat(voice.json().get("message").asText()).contains("voice");
        assertThat(http().get("/campaigns/sounds").json().get("totalCount").asInt()).isZero();
    }

    @Test
    void phoneRecordingTurnsActiveAfterTheSimulatedDelay() {
        SandboxHttp.Reply reply = http().post("/campaigns/sounds/calls",
                Map.of("name", "Greeting", "toNumber", "12135550101"));

        assertThat(reply.status()).isEqualTo(200);
        long id = reply.json().get("id").asLong();
        assertThat(reply.json().get("status").asText()).isEqualTo("RECORDING");
        assertThat(http().get("/campaigns/sounds").json().get("totalCount").asInt()).isZero();
        assertThat(http().get("/campaigns/sounds?includePending=true").json().get("totalCount").asInt()).isEqualTo(1);
        assertThat(http().get("/campaigns/sounds/" + id + ".mp3").status()).isEqualTo(404);

        SANDBOX.sandbox().clock().advance(RECORDING_DELAY_MS);

        JsonNode sound = http().get("/campaigns/sounds/" + id).json();
        assertThat(sound.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(sound.get("lengthInSeconds").asInt()).isPositive();
        assertThat(http().get("/campaigns/sounds/" + id + ".mp3").status()).isEqualTo(200);
        assertThat(http().post("/campaigns/sounds/calls", Map.of("toNumber", "12")).status()).isEqualTo(400);
    }

    @Test
    void uploadsMp3AndWavFilesMeasuringTheirLength() {
        byte[] wav = AudioSynth.wav(3);
        SandboxHttp.Reply reply = http().postMultipart("/campaigns/sounds/files", Map.of("name", "Jingle"),
                "jingle.wav", wav);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode sound = reply.json();
        assertThat(sound.get("name").asText()).isEqualTo("Jingle");
        assertThat(sound.get("lengthInSeconds").asInt()).isEqualTo(3);
        assertThat(sound.get("duplicate").asBoolean()).isFalse();
        assertThat(sound.get("status").asText()).as("active at once, no UPLOAD state").isEqualTo("ACTIVE");
        long id = sound.get("id").asLong();
        SandboxHttp.Reply download = http().get("/campaigns/sounds/" + id + ".wav");
        assertThat(download.header("Content-Type")).isEqualTo("audio/wav");
        assertThat(download.bytes()).isEqualTo(wav);

        JsonNode mp3 = http().postMultipart("/campaigns/sounds/files", Map.of(), "song.mp3", AudioSynth.mp3(4)).json();
        assertThat(mp3.get("name").asText()).isEqualTo("song.mp3");
        assertThat(mp3.get("lengthInSeconds").asInt()).isEqualTo(4);
    }

    @Test
    void flagsAnUploadOfBytesAlreadyInTheLibraryAsDuplicate() {
        byte[] wav = AudioSynth.wav(1);
        http().postMultipart("/campaigns/sounds/files", Map.of("name", "a"), "a.wav", wav);

        JsonNode again = http().postMultipart("/campaigns/sounds/files", Map.of("name", "b"), "b.wav", wav).json();

        assertThat(again.get("duplicate").asBoolean()).isTrue();
    }

    @Test
    void rejectsUploadsThatAreNotAudio() {
        SandboxHttp.Reply reply = http().postMultipart("/campaigns/sounds/files", Map.of("name", "x"), "notes.txt",
                "just text".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("notes.txt");
        assertThat(http().postMultipart("/campaigns/sounds/files", Map.of("name", "x"), null, null).status())
                .isEqualTo(400);
    }

    @Test
    void servesSynthesizedAudioInTheFormatNotUploaded() {
        long id = http().postMultipart("/campaigns/sounds/files", Map.of(), "a.wav", AudioSynth.wav(2))
                .json().get("id").asLong();
        long ttsId = tts("one two three four five").get("id").asLong();

        SandboxHttp.Reply mp3 = http().get("/campaigns/sounds/" + id + ".mp3");
        SandboxHttp.Reply wav = http().get("/campaigns/sounds/" + ttsId + ".wav");

        assertThat(mp3.status()).isEqualTo(200);
        assertThat(mp3.header("Content-Type")).isEqualTo("audio/mpeg");
        assertThat(AudioFiles.lengthInSeconds(mp3.bytes(), AudioFiles.MP3)).isEqualTo(2);
        assertThat(wav.header("Content-Type")).isEqualTo("audio/wav");
        assertThat(Arrays.copyOf(wav.bytes(), 4)).isEqualTo("RIFF".getBytes(StandardCharsets.US_ASCII));
        assertThat(AudioFiles.lengthInSeconds(wav.bytes(), AudioFiles.WAV)).isEqualTo(2);
    }

    @Test
    void deleteArchivesTheSoundHidingItFromFind() {
        long id = tts("keep me").get("id").asLong();
        tts("other");

        assertThat(http().delete("/campaigns/sounds/" + id).status()).isEqualTo(204);

        assertThat(http().get("/campaigns/sounds/" + id).json().get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(http().get("/campaigns/sounds").json().get("items").findValuesAsText("name"))
                .containsExactly("TTS: other");
        assertThat(http().get("/campaigns/sounds?includeArchived=true").json().get("totalCount").asInt()).isEqualTo(2);
        assertThat(http().delete("/campaigns/sounds/999").status()).isEqualTo(404);
    }

    @Test
    void findsSoundsByNameNewestFirst() {
        tts("Welcome to the shop");
        tts("Goodbye");
        tts("Welcome back");

        JsonNode page = http().get("/campaigns/sounds?filter=welcome&limit=1").json();

        assertThat(page.get("totalCount").asInt()).isEqualTo(2);
        assertThat(page.get("items").findValuesAsText("name")).isEqualTo(List.of("TTS: Welcome back"));
        assertThat(http().get("/campaigns/sounds?includeScrubbed=perhaps").status()).isEqualTo(400);
    }
}
