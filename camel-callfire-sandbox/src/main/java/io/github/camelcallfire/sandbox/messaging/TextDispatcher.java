package io.github.camelcallfire.sandbox.messaging;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.contacts.Contact;
import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.ActionStore;
import io.github.camelcallfire.sandbox.store.ContactStore;
import io.github.camelcallfire.sandbox.store.DncStore;
import io.github.camelcallfire.sandbox.store.PhoneNumbers;

/** Creates outbound texts for POST /texts, broadcasts and auto-replies, one per recipient, all or nothing. */
public final class TextDispatcher {

    public static final List<String> BIG_MESSAGE_STRATEGIES = List.of("SEND_MULTIPLE", "DO_NOT_SEND", "TRIM", "MMS");

    /**
     * @param defaultMessage     message for recipients without their own; null when there is none
     * @param messageHint        how the caller can supply a default message, for the 400 when one is missing
     * @param bigMessageStrategy the broadcast's, null for direct texts (sent in several segments)
     * @param fromBroadcast      broadcast texts: a recipient without a message of its own follows the broadcast's
     *                           message, and may wait without one until the broadcast is started
     */
    public record Options(String defaultMessage, String messageHint, String defaultFrom, Long campaignId,
                          Long batchId, List<String> labels, boolean strict, String bigMessageStrategy,
                          boolean fromBroadcast) {

        /**
         * POST /texts without a campaign: the texts join the account's default text campaign, one batch per
         * request, as CallFire's recorded answers show.
         */
        public static Options direct(String defaultMessage, boolean strict, long defaultCampaignId, long batchId) {
            return new Options(defaultMessage, "the 'defaultMessage' query parameter", PhoneNumbers.SHARED_SHORT_CODE,
                    defaultCampaignId, batchId, List.of(), strict, null, false);
        }
    }

    private final SandboxState state;

    public TextDispatcher(SandboxState state) {
        this.state = state;
    }

    public List<TextAction> send(List<JsonNode> recipients, Options options) {
        DncStore dnc = state.store(DncStore.class);
        List<Recipients.Resolved> resolved = Recipients.resolve(state, recipients,
                options.defaultFrom() != null ? options.defaultFrom() : PhoneNumbers.SHARED_SHORT_CODE,
                options.strict(), dnc::blocksText);
        List<String> messages = new ArrayList<>(resolved.size());
        for (Recipients.Resolved r : resolved) {
            String template = r.text("message") != null ? r.text("message") : options.defaultMessage();
            if (template == null && !options.fromBroadcast()) {
                throw ApiError.badRequest(r.where() + " has no message: set its 'message' or " + options.messageHint());
            }
            messages.add(template == null ? null : MessageTemplate.fill(template, r.attributes()));
        }
        ActionStore store = state.store(ActionStore.class);
        ContactStore contacts = state.store(ContactStore.class);
        long now = state.now();
        List<TextAction> texts = new ArrayList<>(resolved.size());
        for (int i = 0; i < resolved.size(); i++) {
            TextAction text = create(resolved.get(i), messages.get(i), options, now, contacts);
            if (options.fromBroadcast() && resolved.get(i).text("message") == null) {
                text.followingBroadcast();
            }
            store.addText(text);
            texts.add(text);
        }
        return texts;
    }

    private TextAction create(Recipients.Resolved r, String message, Options options, long now,
                              ContactStore contacts) {
        boolean valid = r.outcome() != Recipients.Outcome.INVALID;
        Contact contact = valid ? contacts.contactForNumber(r.toNumber()) : null;
        ActionHeader header = new ActionHeader(state.nextId(), false, r.fromNumber(), r.toNumber(),
                options.campaignId(), options.batchId(), contact, options.labels(), r.attributes(), now);
        JsonNode media = r.source().get("media");
        JsonNode mediaOrNull = media != null && media.isArray() && !media.isEmpty() ? media : null;
        boolean tooBig = message != null && message.length() > TextAction.SEGMENT_CHARS;
        if ("TRIM".equals(options.bigMessageStrategy()) && tooBig) {
            message = message.substring(0, TextAction.SEGMENT_CHARS);
        }
        return switch (r.outcome()) {
            case INVALID -> TextAction.refused(header, message, mediaOrNull, ActionState.INVALID, null, 0);
            case DUPLICATE -> TextAction.refused(header, message, mediaOrNull, ActionState.DUP, null, 0);
            case BLOCKED -> TextAction.refused(header, message, mediaOrNull, ActionState.FINISHED, "DNT",
                    state.nextId());
            case SEND -> "DO_NOT_SEND".equals(options.bigMessageStrategy()) && tooBig
                    ? TextAction.refused(header, message, mediaOrNull, ActionState.FINISHED, "TOO_BIG", state.nextId())
                    : TextAction.outbound(header, message, mediaOrNull, now + state.settings().actionDelayMs(),
                    state.nextId());
        };
    }
}
