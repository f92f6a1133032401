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

/** Creates outbound calls for POST /calls and call broadcasts, one per recipient, all or nothing. */
public final class CallDispatcher {

    public static final List<String> VOICES = List.of("MALE1", "FEMALE1", "FEMALE2", "SPANISH1", "FRENCHCANADIAN1");

    /**
     * @param defaultLiveMessage      text spoken when a person answers, for recipients without their own
     * @param defaultLiveSoundId      sound played instead of a spoken text
     * @param requireLiveMessage      POST /calls needs something to play; broadcasts carry it in their sounds
     */
    public record Options(String defaultLiveMessage, Long defaultLiveSoundId, String defaultFrom, Long campaignId,
                          Long batchId, List<String> labels, boolean strict, boolean requireLiveMessage) {
    }

    private final SandboxState state;

    public CallDispatcher(SandboxState state) {
        this.state = state;
    }

    public List<CallAction> send(List<JsonNode> recipients, Options options) {
        DncStore dnc = state.store(DncStore.class);
        List<Recipients.Resolved> resolved = Recipients.resolve(state, recipients, options.defaultFrom(),
                options.strict(), dnc::blocksCall);
        List<String> liveMessages = new ArrayList<>();
        for (Recipients.Resolved r : resolved) {
            String voice = r.text("voice");
            if (voice != null && !VOICES.contains(voice)) {
                throw ApiError.badRequest(r.where() + ".voice '" + voice + "' is unknown; valid values: "
                        + String.join(", ", VOICES));
            }
            String live = r.text("liveMessage") != null ? r.text("liveMessage") : options.defaultLiveMessage();
            boolean sound = r.source().hasNonNull("liveMessageSoundId") || options.defaultLiveSoundId() != null;
            if (options.requireLiveMessage() && live == null && !sound) {
                throw ApiError.badRequest(r.where() + " has nothing to play: set its 'liveMessage' or "
                        + "'liveMessageSoundId', or the 'defaultLiveMessage' or 'defaultLiveMessageSoundId' query "
                        + "parameter");
            }
            liveMessages.add(live == null ? null : MessageTemplate.fill(live, r.attributes()));
        }
        ActionStore store = state.store(ActionStore.class);
        long now = state.now();
        List<CallAction> calls = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            CallAction call = create(resolved.get(i), liveMessages.get(i), options, now);
            store.addCall(call);
            calls.add(call);
        }
        return calls;
    }

    private CallAction create(Recipients.Resolved r, String liveMessage, Options options, long now) {
        boolean valid = r.outcome() != Recipients.Outcome.INVALID;
        Contact contact = valid ? state.store(ContactStore.class).contactForNumber(r.toNumber()) : null;
        ActionHeader header = new ActionHeader(state.nextId(), false, r.fromNumber(), r.toNumber(),
                options.campaignId(), options.batchId(), contact, options.labels(), r.attributes(), now);
        return switch (r.outcome()) {
            case INVALID -> CallAction.refused(header, ActionState.INVALID, null);
            case DUPLICATE -> CallAction.refused(header, ActionState.DUP, null);
            case BLOCKED -> CallAction.refused(header, ActionState.DNC, "DNC");
            case SEND -> CallAction.outbound(header, liveMessage, now + state.settings().actionDelayMs(),
                    state.nextId(), state.nextId());
        };
    }
}
