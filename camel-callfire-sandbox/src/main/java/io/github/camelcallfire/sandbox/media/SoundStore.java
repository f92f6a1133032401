package io.github.camelcallfire.sandbox.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** The account's sound library, newest first. Deleting archives: the sound stays readable by id. */
public final class SoundStore {

    /** How long a sound recorded over the phone lasts in the sandbox. */
    public static final int CALL_RECORDING_SECONDS = 10;

    private final SandboxState state;
    private final NavigableMap<Long, CampaignSound> sounds = new ConcurrentSkipListMap<>(Comparator.reverseOrder());

    public SoundStore(SandboxState state) {
        this.state = state;
    }

    /** Typical text-to-speech pace, 150 words a minute. */
    private static final double TTS_WORDS_PER_SECOND = 2.5;
    private static final int MAX_TTS_NAME = 64;
    /** How live CallFire names a text-to-speech sound: the prefix, then the spoken text. */
    public static final String TTS_NAME_PREFIX = "TTS: ";

    /**
     * A text-to-speech sound, named {@code "TTS: "} and the text (cut to 64 characters) as live CallFire names them,
     * lasting as long as the words take at 150 words a minute.
     */
    public CampaignSound addTextToSpeech(String message) {
        int words = message.trim().split("\\s+").length;
        int seconds = Math.max(1, (int) Math.ceil(words / TTS_WORDS_PER_SECOND));
        String name = TTS_NAME_PREFIX + message;
        if (name.length() > MAX_TTS_NAME) {
            name = name.substring(0, MAX_TTS_NAME - 3) + "...";
        }
        return addSynthesized(name, seconds);
    }

    public CampaignSound addSynthesized(String name, int lengthInSeconds) {
        long now = state.now();
        return put(new CampaignSound(state.nextId(), name, now, now, lengthInSeconds, false, null, null, null));
    }

    /** A sound recorded over the phone: RECORDING until the simulated action delay has passed. */
    public CampaignSound addRecording(String name) {
        long now = state.now();
        long activeAt = now + state.settings().actionDelayMs();
        return put(new CampaignSound(state.nextId(), name, now, activeAt, CALL_RECORDING_SECONDS, false, null, null,
                null));
    }

    /** An uploaded file; {@code duplicate} tells whether the library already holds the same bytes. */
    public synchronized CampaignSound addUpload(String name, byte[] audio, String format) {
        String hash = sha256(audio);
        boolean duplicate = sounds.values().stream().anyMatch(s -> hash.equals(s.audioHash()));
        long now = state.now();
        return put(new CampaignSound(state.nextId(), name, now, now, AudioFiles.lengthInSeconds(audio, format),
                duplicate, audio, format, hash));
    }

    public CampaignSound get(long id) {
        CampaignSound sound = sounds.get(id);
        if (sound == null) {
            throw ApiError.notFound("Campaign sound", id);
        }
        return sound;
    }

    public void archive(long id) {
        get(id).archive();
    }

    /**
     * Sounds whose name contains {@code filter} (case-insensitive); archived ones only with
     * {@code includeArchived}, ones still recording only with {@code includePending}. Scrubbing is not simulated.
     */
    public List<CampaignSound> find(String filter, boolean includeArchived, boolean includePending) {
        long now = state.now();
        String wanted = filter == null ? null : filter.toLowerCase(Locale.ROOT);
        return sounds.values().stream()
                .filter(s -> wanted == null || s.name().toLowerCase(Locale.ROOT).contains(wanted))
                .filter(s -> includeArchived || !CampaignSound.ARCHIVED.equals(s.status(now)))
                .filter(s -> includePending || !CampaignSound.RECORDING.equals(s.status(now)))
                .toList();
    }

    private CampaignSound put(CampaignSound sound) {
        sounds.put(sound.id(), sound);
        return sound;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
