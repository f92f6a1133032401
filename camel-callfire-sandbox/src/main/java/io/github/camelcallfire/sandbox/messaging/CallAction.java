package io.github.camelcallfire.sandbox.messaging;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.store.AudioSynth;

/**
 * A voice call, placed or received. Every simulated call is answered live ({@code LA}) and recorded; its length
 * follows the spoken message so that durations, billing and recordings agree with each other.
 */
public final class CallAction extends Action {

    /** Assumed text-to-speech pace, characters per second, plus a short greeting before the message. */
    private static final int TTS_CHARS_PER_SECOND = 15;
    private static final int GREETING_SECONDS = 5;
    /** Length of a call that plays a sound from the library (its length is not known here). */
    private static final int SOUND_CALL_SECONDS = 30;

    private final String liveMessage;
    private final long recordingId;
    private String result;
    private long finishTime;
    private int durationSeconds;
    private long recordingBytes;
    private String recordingHash;

    private CallAction(ActionHeader header, ActionState state, String result, String liveMessage, long dueAt,
                       long recordId, long recordingId) {
        super(header, state, dueAt, recordId);
        this.liveMessage = liveMessage;
        this.result = result;
        this.recordingId = recordingId;
    }

    /** An outbound call waiting to be answered at {@code dueAt}; {@code liveMessage} null when a sound plays. */
    public static CallAction outbound(ActionHeader header, String liveMessage, long dueAt, long recordId,
                                      long recordingId) {
        return new CallAction(header, ActionState.READY, null, liveMessage, dueAt, recordId, recordingId);
    }

    /** An outbound call that is never placed: DUP/INVALID without result, or DNC with result DNC. */
    public static CallAction refused(ActionHeader header, ActionState state, String result) {
        return new CallAction(header, state, result, null, header.created(), 0, 0);
    }

    /** A call received from a handset, answered and finished on arrival. */
    public static CallAction received(ActionHeader header, long recordId, long recordingId) {
        CallAction call = new CallAction(header, ActionState.FINISHED, null, null, header.created(), recordId,
                recordingId);
        call.complete(header.created());
        return call;
    }

    @Override
    protected void complete(long at) {
        result = "LA";
        finishTime = at;
        durationSeconds = liveMessage == null ? SOUND_CALL_SECONDS
                : GREETING_SECONDS + (liveMessage.length() + TTS_CHARS_PER_SECOND - 1) / TTS_CHARS_PER_SECOND;
        byte[] audio = AudioSynth.mp3(durationSeconds);
        recordingBytes = audio.length;
        recordingHash = sha256(audio);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    @Override
    public synchronized void refuseDoNotContact(long now) {
        if (held()) {
            result = "DNC";
            finishUnsent(ActionState.DNC, now);
        }
    }

    @Override
    public synchronized String finalResult() {
        return result;
    }

    /** One credit per started minute of an answered call. */
    @Override
    public synchronized double billedAmount() {
        return billedMinutes();
    }

    public synchronized int billedMinutes() {
        return "LA".equals(result) ? (durationSeconds + 59) / 60 : 0;
    }

    public synchronized int durationSeconds() {
        return durationSeconds;
    }

    public long recordingId() {
        return recordingId;
    }

    public static String recordingName(long callId) {
        return "recording-" + callId;
    }

    /** The call's recording, null until the call has been answered. */
    public synchronized ObjectNode recordingJson() {
        if (!"LA".equals(result)) {
            return null;
        }
        ObjectNode recording = Json.object();
        recording.put("id", recordingId);
        recording.put("callId", header.id());
        if (header.campaignId() != null) {
            recording.put("campaignId", header.campaignId());
        }
        recording.put("name", recordingName(header.id()));
        recording.put("created", finishTime);
        recording.put("lengthInBytes", recordingBytes);
        recording.put("lengthInSeconds", durationSeconds);
        recording.put("hash", recordingHash);
        recording.put("mp3Url", RecordingUrls.mp3Path(recordingId));
        recording.put("state", "READY");
        return recording;
    }

    @Override
    protected void writeDetails(JsonGenerator json, SerializerProvider provider, Optional<String> rootUrl)
            throws IOException {
        json.writeBooleanField("agentCall", false);
        if (result != null) {
            json.writeStringField("finalCallResult", result);
        }
        if ("LA".equals(result)) {
            long durationMs = durationSeconds * 1000L;
            json.writeArrayFieldStart("records");
            json.writeStartObject();
            json.writeNumberField("id", recordId);
            json.writeStringField("result", result);
            json.writeNumberField("billedAmount", (double) billedMinutes());
            json.writeNumberField("originateTime", header.created());
            json.writeNumberField("answerTime", Math.max(header.created(), finishTime - durationMs));
            json.writeNumberField("finishTime", finishTime);
            json.writeNumberField("duration", durationSeconds);
            json.writeStringField("toNumber", header.toNumber());
            json.writeArrayFieldStart("recordings");
            RecordingUrls.absolute(recordingJson(), rootUrl).serialize(json, provider);
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
        }
    }
}
