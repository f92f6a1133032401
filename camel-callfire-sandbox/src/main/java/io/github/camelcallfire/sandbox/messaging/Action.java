package io.github.camelcallfire.sandbox.messaging;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.Json;

/**
 * A text or call ("action"). Outbound actions wait {@code READY} until their due time and then complete; nothing runs
 * in the background: every reader calls {@link #settle} with the sandbox clock first, so a frozen or advanced clock
 * gives the same answer every time.
 */
public abstract class Action {

    protected final ActionHeader header;
    protected final long recordId;
    private ActionState state;
    private long modified;
    private long dueAt;
    /** Set while the owning broadcast is stopped: a due action must not complete then. */
    private boolean held;
    /** Set when the action was disabled through its batch or recipient toggle, so enabling can undo exactly that. */
    private boolean disabledByUser;

    protected Action(ActionHeader header, ActionState state, long dueAt, long recordId) {
        this.header = header;
        this.state = state;
        this.dueAt = dueAt;
        this.recordId = recordId;
        this.modified = header.created();
    }

    public long id() {
        return header.id();
    }

    public ActionHeader header() {
        return header;
    }

    public long created() {
        return header.created();
    }

    public boolean inbound() {
        return header.inbound();
    }

    /** Completes the action if it is due by {@code now}, as of its due time (not of the read). */
    public final synchronized void settle(long now) {
        if (state == ActionState.READY && !held && now >= dueAt) {
            state = ActionState.FINISHED;
            modified = dueAt;
            complete(dueAt);
        }
    }

    /** Records the delivery outcome of a READY action that has just finished at {@code at}. */
    protected abstract void complete(long at);

    /** finalTextResult / finalCallResult, null while pending. */
    public abstract String finalResult();

    /** Billed credits, 0 while nothing was delivered. */
    public abstract double billedAmount();

    public synchronized ActionState state() {
        return state;
    }

    public synchronized boolean pending() {
        return state == ActionState.READY;
    }

    /** True while a pending action waits for its broadcast to be started (again). */
    public synchronized boolean held() {
        return state == ActionState.READY && held;
    }

    /**
     * Ends a number that went on the do-not-contact list while the action waited for its broadcast's start, as if it
     * had been on the list at creation (texts FINISHED/DNT, calls DNC/DNC).
     */
    public abstract void refuseDoNotContact(long now);

    /** Ends a held action without sending it, e.g. a text too big for its broadcast's DO_NOT_SEND strategy. */
    protected final synchronized void finishUnsent(long now) {
        finishUnsent(ActionState.FINISHED, now);
    }

    protected final synchronized void finishUnsent(ActionState finalState, long now) {
        if (state == ActionState.READY) {
            state = finalState;
            held = false;
            modified = now;
        }
    }

    /** Keeps a pending action from completing (its broadcast is not running). */
    public synchronized void hold() {
        if (state == ActionState.READY) {
            held = true;
        }
    }

    /** Lets a held or re-enabled pending action go on, due at {@code newDueAt}. */
    public synchronized void release(long newDueAt) {
        if (state == ActionState.READY && held) {
            held = false;
            dueAt = newDueAt;
        }
    }

    public synchronized void disable(long now) {
        if (state == ActionState.READY) {
            state = ActionState.DISABLED;
            disabledByUser = true;
            modified = now;
        }
    }

    public synchronized void enable(long now, long newDueAt) {
        if (state == ActionState.DISABLED && disabledByUser) {
            state = ActionState.READY;
            disabledByUser = false;
            held = false;
            dueAt = newDueAt;
            modified = now;
        }
    }

    /** This action as GET /texts/{id} or /calls/{id} answers it, recording URLs left relative. */
    public final ObjectNode toJson() {
        return Json.MAPPER.valueToTree(json(Optional.empty()));
    }

    /** This action for an answer, written without a tree; recording URLs made absolute with {@code rootUrl}. */
    public final ActionJson json(Optional<String> rootUrl) {
        return new ActionJson(this, rootUrl);
    }

    final synchronized void write(JsonGenerator json, SerializerProvider provider, Optional<String> rootUrl)
            throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", header.id());
        if (header.fromNumber() != null) {
            json.writeStringField("fromNumber", header.fromNumber());
        }
        json.writeStringField("toNumber", header.toNumber());
        json.writeBooleanField("inbound", header.inbound());
        json.writeStringField("state", state.name());
        if (header.campaignId() != null) {
            json.writeNumberField("campaignId", header.campaignId().longValue());
        }
        if (header.batchId() != null) {
            json.writeNumberField("batchId", header.batchId().longValue());
        }
        if (header.contact() != null) {
            provider.defaultSerializeField("contact", header.contact(), json);
        }
        if (!header.labels().isEmpty()) {
            json.writeArrayFieldStart("labels");
            for (String label : header.labels()) {
                json.writeString(label);
            }
            json.writeEndArray();
        }
        if (!header.attributes().isEmpty()) {
            json.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> e : header.attributes().entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
        }
        json.writeNumberField("created", header.created());
        json.writeNumberField("modified", modified);
        writeDetails(json, provider, rootUrl);
        json.writeEndObject();
    }

    /** Writes the text- or call-specific fields (message, final result, records). */
    protected abstract void writeDetails(JsonGenerator json, SerializerProvider provider, Optional<String> rootUrl)
            throws IOException;
}
