package io.github.camelcallfire.sandbox.messaging;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;

/** A text message, sent or received. A delivered or received text carries one TextRecord. */
public final class TextAction extends Action {

    /** One credit per started 160-character SMS segment, as CallFire bills long texts. */
    static final int SEGMENT_CHARS = 160;

    private String message;
    private final JsonNode media;
    /** A broadcast text whose recipient brought no message of its own: it sends the broadcast's message. */
    private boolean followsBroadcast;
    private String result;
    private double billedAmount;
    private long finishTime;

    private TextAction(ActionHeader header, ActionState state, String result, String message, JsonNode media,
                       long dueAt, long recordId) {
        super(header, state, dueAt, recordId);
        this.message = message;
        this.media = media;
        this.result = result;
    }

    /** An outbound text waiting to be delivered at {@code dueAt}. */
    public static TextAction outbound(ActionHeader header, String message, JsonNode media, long dueAt, long recordId) {
        return new TextAction(header, ActionState.READY, null, message, media, dueAt, recordId);
    }

    /**
     * An outbound text that is never delivered: {@code state} DUP/INVALID (no result, no record), or FINISHED with
     * DNT/TOO_BIG and a record of that result billed 0 ({@code recordId}), as CallFire's samples show a DNT text.
     */
    public static TextAction refused(ActionHeader header, String message, JsonNode media, ActionState state,
                                     String result, long recordId) {
        TextAction text = new TextAction(header, state, result, message, media, header.created(), recordId);
        text.finishTime = header.created();
        return text;
    }

    /** A text received from a handset: finished on arrival. */
    public static TextAction received(ActionHeader header, String message, long recordId) {
        TextAction text = new TextAction(header, ActionState.FINISHED, "RECEIVED", message, null, header.created(),
                recordId);
        text.finishTime = header.created();
        return text;
    }

    public synchronized String message() {
        return message;
    }

    /** Marks a broadcast text whose message is the broadcast's, so a later change of that message reaches it. */
    TextAction followingBroadcast() {
        followsBroadcast = true;
        return this;
    }

    /**
     * Gives a text that waits for its broadcast to start the broadcast's current message ({@code template}, filled
     * with the recipient's attributes). TRIM cuts a long message to one segment; DO_NOT_SEND ends the text
     * {@code TOO_BIG} unsent. Texts already under way and texts with their own message are left alone.
     */
    synchronized void useBroadcastMessage(String template, String bigMessageStrategy, long now) {
        if (!followsBroadcast || !held() || template == null) {
            return;
        }
        String filled = MessageTemplate.fill(template, header.attributes());
        boolean tooBig = filled.length() > SEGMENT_CHARS;
        if (tooBig && "TRIM".equals(bigMessageStrategy)) {
            filled = filled.substring(0, SEGMENT_CHARS);
        }
        message = filled;
        if (tooBig && "DO_NOT_SEND".equals(bigMessageStrategy)) {
            result = "TOO_BIG";
            finishTime = now;
            finishUnsent(now);
        }
    }

    @Override
    public synchronized void refuseDoNotContact(long now) {
        if (held()) {
            result = "DNT";
            finishTime = now;
            finishUnsent(now);
        }
    }

    /** True for a text that cannot be sent yet: no message of its own and none from its broadcast. */
    synchronized boolean lacksMessage() {
        return message == null && pending();
    }

    @Override
    protected void complete(long at) {
        result = "SENT";
        finishTime = at;
        billedAmount = segments(message);
    }

    static int segments(String message) {
        if (message == null) {
            return 1;
        }
        return Math.max(1, (message.length() + SEGMENT_CHARS - 1) / SEGMENT_CHARS);
    }

    @Override
    public synchronized String finalResult() {
        return result;
    }

    @Override
    public synchronized double billedAmount() {
        return billedAmount;
    }

    @Override
    protected void writeDetails(JsonGenerator json, SerializerProvider provider, Optional<String> rootUrl)
            throws IOException {
        if (message != null) {
            json.writeStringField("message", message);
        }
        if (result != null) {
            json.writeStringField("finalTextResult", result);
        }
        if (media != null) {
            json.writeFieldName("media");
            media.serialize(json, provider);
        }
        if (result != null && recordId != 0) {
            json.writeArrayFieldStart("records");
            json.writeStartObject();
            json.writeNumberField("id", recordId);
            if (message != null) {
                json.writeStringField("message", message);
            }
            json.writeStringField("textResult", result);
            json.writeNumberField("billedAmount", billedAmount);
            json.writeNumberField("finishTime", finishTime);
            json.writeStringField("toNumber", header.toNumber());
            json.writeEndObject();
            json.writeEndArray();
        }
    }
}
