package io.github.camelcallfire.sandbox.media;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.Json;

/**
 * A sound of the account's library. Its status is derived from the sandbox clock when read, so a sound recorded
 * by phone turns from RECORDING to ACTIVE once the simulated delay has passed without any background job.
 */
public final class CampaignSound {

    public static final String RECORDING = "RECORDING";
    public static final String ACTIVE = "ACTIVE";
    public static final String ARCHIVED = "ARCHIVED";

    private final long id;
    private final String name;
    private final long created;
    private final long activeAt;
    private final int lengthInSeconds;
    private final boolean duplicate;
    private final byte[] audio;
    private final String audioFormat;
    private final String audioHash;
    private volatile boolean archived;

    /**
     * @param activeAt    sandbox time from which the sound is ACTIVE (RECORDING before)
     * @param audio       uploaded bytes, or null when the sound was synthesized
     * @param audioFormat {@link AudioFiles#MP3} or {@link AudioFiles#WAV} for uploads, else null
     */
    CampaignSound(long id, String name, long created, long activeAt, int lengthInSeconds, boolean duplicate,
                  byte[] audio, String audioFormat, String audioHash) {
        this.id = id;
        this.name = name;
        this.created = created;
        this.activeAt = activeAt;
        this.lengthInSeconds = lengthInSeconds;
        this.duplicate = duplicate;
        this.audio = audio;
        this.audioFormat = audioFormat;
        this.audioHash = audioHash;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int lengthInSeconds() {
        return lengthInSeconds;
    }

    String audioHash() {
        return audioHash;
    }

    void archive() {
        archived = true;
    }

    public String status(long now) {
        if (archived) {
            return ARCHIVED;
        }
        return now < activeAt ? RECORDING : ACTIVE;
    }

    /** The uploaded bytes when they are in {@code format}; null otherwise. */
    public byte[] uploaded(String format) {
        return format.equals(audioFormat) ? audio : null;
    }

    /** The CampaignSound JSON at sandbox time {@code now}; the length is unknown while recording. */
    public ObjectNode toJson(long now) {
        String status = status(now);
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("name", name);
        json.put("created", created);
        if (!RECORDING.equals(status)) {
            json.put("lengthInSeconds", lengthInSeconds);
        }
        json.put("duplicate", duplicate);
        json.put("status", status);
        return json;
    }
}
