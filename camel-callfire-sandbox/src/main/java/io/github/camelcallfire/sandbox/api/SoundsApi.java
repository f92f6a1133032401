package io.github.camelcallfire.sandbox.api;

import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Multipart;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.media.AudioFiles;
import io.github.camelcallfire.sandbox.media.CampaignSound;
import io.github.camelcallfire.sandbox.media.SoundStore;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.AudioSynth;

/**
 * Campaign sounds from text-to-speech, a phone recording or an uploaded MP3/WAV. Downloads answer the uploaded bytes
 * when they are in the asked format and otherwise a synthesized file of the sound's length.
 */
public final class SoundsApi implements ApiModule {

    private static final int DEFAULT_LIMIT = 100;
    private static final Set<String> VOICES = Set.of("MALE1", "FEMALE1", "FEMALE2", "SPANISH1", "FRENCHCANADIAN1");

    @Override
    public void register(Router router, SandboxState state) {
        router.get("/campaigns/sounds", req -> find(req, state));
        router.post("/campaigns/sounds/tts", req -> textToSpeech(req, state));
        router.post("/campaigns/sounds/calls", req -> recordByPhone(req, state));
        router.post("/campaigns/sounds/files", req -> upload(req, state));
        router.get("/campaigns/sounds/{id}", req -> SandboxResponse.ok(json(sounds(state).get(req.pathLong("id")),
                state)));
        router.delete("/campaigns/sounds/{id}", req -> {
            sounds(state).archive(req.pathLong("id"));
            return SandboxResponse.noContent();
        });
        router.get("/campaigns/sounds/{id}.mp3",
                req -> audio(req, state, AudioFiles.MP3, "audio/mpeg", AudioSynth::mp3));
        router.get("/campaigns/sounds/{id}.wav",
                req -> audio(req, state, AudioFiles.WAV, "audio/wav", AudioSynth::wav));
    }

    private static SandboxResponse find(SandboxRequest req, SandboxState state) {
        PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
        // validated like the other flags, although no sound is ever scrubbed in the sandbox
        req.queryBool("includeScrubbed");
        List<CampaignSound> matches = sounds(state).find(req.query("filter").orElse(null),
                req.queryBool("includeArchived").orElse(false), req.queryBool("includePending").orElse(false));
        long now = state.now();
        return SandboxResponse.ok(page.page(matches.stream().map(s -> s.toJson(now)).toList()));
    }

    private static SandboxResponse textToSpeech(SandboxRequest req, SandboxState state) {
        JsonNode body = req.json();
        String message = requiredText(body, "message");
        JsonNode voice = body.get("voice");
        if (voice != null && !voice.isNull() && !VOICES.contains(voice.asText())) {
            throw ApiError.badRequest("'voice' must be one of " + VOICES.stream().sorted().toList()
                    + ", got " + voice);
        }
        return SandboxResponse.ok(json(sounds(state).addTextToSpeech(message), state));
    }

    private static SandboxResponse recordByPhone(SandboxRequest req, SandboxState state) {
        JsonNode body = req.json();
        String toNumber = PhoneNumbers.requireRecipient(requiredText(body, "toNumber"), "'toNumber'");
        JsonNode name = body.get("name");
        String soundName = name == null || name.isNull() || name.asText().isBlank()
                ? "Recording from " + toNumber : name.asText();
        return SandboxResponse.ok(json(sounds(state).addRecording(soundName), state));
    }

    private static SandboxResponse upload(SandboxRequest req, SandboxState state) {
        Multipart form = req.multipart();
        Multipart.Part file = form.file("file");
        String format = AudioFiles.format(file.data(), file.fileName()).orElseThrow(() -> ApiError.badRequest(
                "File '" + file.fileName() + "' is neither MP3 nor WAV audio (checked content and extension)"));
        String name = form.text("name").orElse(file.fileName() != null ? file.fileName() : "sound." + format);
        return SandboxResponse.ok(json(sounds(state).addUpload(name, file.data(), format), state));
    }

    private static SandboxResponse audio(SandboxRequest req, SandboxState state, String format, String mime,
                                         DoubleFunction<byte[]> synthesize) {
        CampaignSound sound = sounds(state).get(req.pathLong("id"));
        if (CampaignSound.RECORDING.equals(sound.status(state.now()))) {
            throw ApiError.notFound("Audio of campaign sound (still RECORDING)", sound.id());
        }
        byte[] uploaded = sound.uploaded(format);
        return SandboxResponse.binary(mime, uploaded != null ? uploaded : synthesize.apply(sound.lengthInSeconds()));
    }

    private static String requiredText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiError.badRequest("'" + field + "' is required and must be a non-empty string");
        }
        return value.asText();
    }

    private static ObjectNode json(CampaignSound sound, SandboxState state) {
        return sound.toJson(state.now());
    }

    private static SoundStore sounds(SandboxState state) {
        return state.store(SoundStore.class);
    }
}
