package io.github.camelcallfire.sandbox.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.contacts.Contact;
import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.messaging.Action;
import io.github.camelcallfire.sandbox.messaging.ActionHeader;
import io.github.camelcallfire.sandbox.messaging.ActionIndex;
import io.github.camelcallfire.sandbox.messaging.AutoReplyStore;
import io.github.camelcallfire.sandbox.messaging.CallAction;
import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import io.github.camelcallfire.sandbox.messaging.TextAction;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** Texts and calls (CallFire "actions"). Owned by the texts/calls area; other areas use the methods below. */
public final class ActionStore {

    /** What was sent in an interval, for credit and plan usage. */
    public record Usage(long textsSent, long callsDurationMinutes, double creditsUsed) {
    }

    /** How many distinct handsets {@link #seedInboundTexts} spreads its texts over. */
    static final int SEED_SENDERS = 100;

    private final SandboxState state;
    private final ActionIndex<TextAction> texts = new ActionIndex<>();
    private final ActionIndex<CallAction> calls = new ActionIndex<>();
    private final Map<Long, CallAction> callsByRecordingId = new ConcurrentHashMap<>();
    /* the account's default campaigns, which texts and calls sent without a campaign join; made on first use */
    private Long defaultTextCampaignId;
    private Long defaultCallCampaignId;

    public ActionStore(SandboxState state) {
        this.state = state;
    }

    public ActionIndex<TextAction> texts() {
        return texts;
    }

    public ActionIndex<CallAction> calls() {
        return calls;
    }

    /**
     * The id of the account's default text campaign: texts sent through POST /texts without a {@code campaignId}
     * carry it, and {@code GET /texts?campaignId=0} selects them. It is no broadcast one can read or start.
     */
    public synchronized long defaultTextCampaignId() {
        if (defaultTextCampaignId == null) {
            defaultTextCampaignId = state.nextId();
        }
        return defaultTextCampaignId;
    }

    /** Like {@link #defaultTextCampaignId()}, for calls sent through POST /calls. */
    public synchronized long defaultCallCampaignId() {
        if (defaultCallCampaignId == null) {
            defaultCallCampaignId = state.nextId();
        }
        return defaultCallCampaignId;
    }

    /** The default campaign's id for finds: -1 (no campaign at all) while nothing was sent directly. */
    public synchronized long knownDefaultCampaignId(boolean calls) {
        Long id = calls ? defaultCallCampaignId : defaultTextCampaignId;
        return id == null ? -1 : id;
    }

    public void addText(TextAction text) {
        texts.add(text);
        state.events().actionAdded(text);
    }

    public void addCall(CallAction call) {
        calls.add(call);
        if (call.recordingId() != 0) {
            callsByRecordingId.put(call.recordingId(), call);
        }
        state.events().actionAdded(call);
    }

    /** The call whose recording has this id; the recording itself exists once the call was answered. */
    public Optional<CallAction> callOfRecording(long recordingId) {
        return Optional.ofNullable(callsByRecordingId.get(recordingId));
    }

    /** Creates an inbound text exactly as real inbound traffic would appear; returns its id. */
    public long injectInboundText(String fromNumber, String toNumber, String message) {
        String from = PhoneNumbers.requireRecipient(fromNumber, "fromNumber");
        String to = PhoneNumbers.sender(toNumber, "toNumber");
        if (message == null || message.isBlank()) {
            throw ApiError.badRequest("'message' of the inbound text is required");
        }
        TextAction text = TextAction.received(inboundHeader(from, to, state.now()), message, state.nextId());
        texts.add(text);
        state.events().actionAdded(text);
        state.store(AutoReplyStore.class).answer(text);
        return text.id();
    }

    /** Creates an inbound call exactly as real inbound traffic would appear; returns its id. */
    public long injectInboundCall(String fromNumber, String toNumber) {
        String from = PhoneNumbers.requireRecipient(fromNumber, "fromNumber");
        String to = PhoneNumbers.sender(toNumber, "toNumber");
        CallAction call = CallAction.received(inboundHeader(from, to, state.now()), state.nextId(), state.nextId());
        addCall(call);
        return call.id();
    }

    private ActionHeader inboundHeader(String from, String to, long created) {
        Contact contact = state.store(ContactStore.class).contactForNumber(from);
        return new ActionHeader(state.nextId(), true, from, to, null, null, contact, List.of(), Map.of(), created);
    }

    /**
     * Bulk-loads received texts for benchmarks and index tests: {@code count} texts to {@code toNumber}, from
     * {@value #SEED_SENDERS} handsets 12135550000..12135550099 in turn, created one per millisecond from
     * {@code createdFrom} on (text {@code i} at {@code createdFrom + i}). Auto-replies are not triggered.
     */
    public void seedInboundTexts(int count, String toNumber, long createdFrom) {
        String to = PhoneNumbers.sender(toNumber, "toNumber");
        String[] senders = new String[SEED_SENDERS];
        Contact[] contacts = new Contact[SEED_SENDERS];
        ContactStore contactStore = state.store(ContactStore.class);
        for (int s = 0; s < SEED_SENDERS; s++) {
            senders[s] = "1213555" + String.format("%04d", s);
            contacts[s] = contactStore.contactForNumber(senders[s]);
        }
        String message = "Seeded inbound text";
        for (int i = 0; i < count; i++) {
            int sender = i % SEED_SENDERS;
            ActionHeader header = new ActionHeader(state.nextId(), true, senders[sender], to, null, null,
                    contacts[sender], List.of(), Map.of(), createdFrom + i);
            texts.add(TextAction.received(header, message, state.nextId()));
        }
    }

    /** Texts to or from a contact, newest first, as JSON like GET /texts/{id} answers. */
    public List<JsonNode> textsForContact(long contactId) {
        return forContact(texts, contactId);
    }

    /** Calls to or from a contact, newest first. */
    public List<JsonNode> callsForContact(long contactId) {
        return forContact(calls, contactId);
    }

    private List<JsonNode> forContact(ActionIndex<? extends Action> index, long contactId) {
        long now = state.now();
        List<JsonNode> out = new ArrayList<>();
        for (Action action : index.range(null, null, null)) {
            Contact contact = action.header().contact();
            if (contact != null && contact.id() == contactId) {
                action.settle(now);
                out.add(action.toJson());
            }
        }
        return out;
    }

    /** Finished outbound texts and calls created in [begin, end). */
    public Usage usage(long begin, long end) {
        if (end <= begin) {
            return new Usage(0, 0, 0);
        }
        long now = state.now();
        long textsSent = 0;
        double credits = 0;
        for (TextAction text : texts.range(false, begin, end - 1)) {
            text.settle(now);
            if ("SENT".equals(text.finalResult())) {
                textsSent++;
            }
            credits += text.billedAmount();
        }
        long minutes = 0;
        for (CallAction call : calls.range(false, begin, end - 1)) {
            call.settle(now);
            minutes += call.billedMinutes();
            credits += call.billedAmount();
        }
        return new Usage(textsSent, minutes, credits);
    }
}
