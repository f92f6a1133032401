package io.github.camelcallfire.sandbox.messaging;

import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.media.SoundStore;
import io.github.camelcallfire.sandbox.store.DncStore;
import io.github.camelcallfire.sandbox.state.SandboxState;

/**
 * Text and call broadcasts with their batches, and their life cycle. Operations on one broadcast lock it, so
 * concurrent start/stop/add calls see a consistent set of batches and actions.
 */
public final class BroadcastStore {

    /** Filters of GET /texts/broadcasts and /calls/broadcasts; null means "any". */
    public record Query(String name, String label, Boolean running, Boolean scheduled, Long begin, Long end) {
    }

    /** The sounds of a call broadcast: each has a {@code ...SoundText}, {@code ...SoundId} and a voice. */
    private static final List<String> SOUND_KINDS = List.of("live", "machine", "transfer", "dnc");

    private final SandboxState state;
    private final Map<Long, Broadcast> broadcasts = new ConcurrentSkipListMap<>(Collections.reverseOrder());
    private final Map<Long, Batch> batches = new ConcurrentHashMap<>();

    public BroadcastStore(SandboxState state) {
        this.state = state;
    }

    public Broadcast create(BroadcastKind kind, JsonNode body, boolean start, boolean strict) {
        ObjectNode definition = BroadcastDefinition.withDefaults(kind, BroadcastDefinition.of(kind, body));
        List<JsonNode> recipients = recipientsOf(kind, body);
        Broadcast broadcast = new Broadcast(state.nextId(), kind, definition, state.now());
        synchronized (broadcast) {
            if (!recipients.isEmpty()) {
                validated(broadcast, recipients, strict, false);
            }
            fillSoundIds(broadcast, broadcast.created());
            if (!recipients.isEmpty()) {
                addBatch(broadcast, apiBatchName(broadcast), recipients);
            }
            broadcasts.put(broadcast.id(), broadcast);
            if (start) {
                start(broadcast);
            }
        }
        return broadcast;
    }

    /**
     * A call broadcast's sounds given as text get a text-to-speech sound of the library, whose id the broadcast then
     * carries beside the text ({@code liveSoundText} with {@code liveSoundId}), as live CallFire answers them.
     */
    private void fillSoundIds(Broadcast broadcast, long now) {
        JsonNode sounds = broadcast.definition().get("sounds");
        if (sounds == null || !sounds.isObject()) {
            return;
        }
        ObjectNode filled = (ObjectNode) sounds.deepCopy();
        boolean changed = false;
        for (String sound : SOUND_KINDS) {
            JsonNode text = filled.get(sound + "SoundText");
            if (text != null && text.isTextual() && !text.asText().isBlank() && !filled.hasNonNull(sound + "SoundId")) {
                filled.put(sound + "SoundId", state.store(SoundStore.class).addTextToSpeech(text.asText()).id());
                changed = true;
            }
        }
        if (changed) {
            ObjectNode change = Json.object();
            change.set("sounds", filled);
            broadcast.update(change, now);
        }
    }

    /** How live CallFire names a batch of recipients given through the API rather than as a named batch. */
    private static String apiBatchName(Broadcast broadcast) {
        return "API " + broadcast.id();
    }

    private static List<JsonNode> recipientsOf(BroadcastKind kind, JsonNode body) {
        JsonNode node = body.get("recipients");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiError.badRequest(kind.title() + " field 'recipients' must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        node.forEach(out::add);
        return out;
    }

    /** The broadcast of this kind with this id (archived ones too); 404 otherwise. */
    public Broadcast get(BroadcastKind kind, long id) {
        Broadcast broadcast = broadcasts.get(id);
        if (broadcast == null || broadcast.kind() != kind) {
            throw ApiError.notFound(kind.title(), id);
        }
        broadcast.refresh(state.now());
        return broadcast;
    }

    /** Newest first, archived ones hidden. */
    public List<Broadcast> find(BroadcastKind kind, Query q) {
        long now = state.now();
        List<Broadcast> out = new ArrayList<>();
        for (Broadcast b : broadcasts.values()) {
            if (b.kind() != kind) {
                continue;
            }
            b.refresh(now);
            if (b.status() == Broadcast.Status.ARCHIVED
                    || q.name() != null && !b.matchesName(q.name())
                    || q.label() != null && !b.labels().contains(q.label())
                    || q.running() != null && q.running() != (b.status() == Broadcast.Status.RUNNING)
                    || q.scheduled() != null && q.scheduled() != b.scheduled()
                    || q.begin() != null && b.created() < q.begin()
                    || q.end() != null && b.created() > q.end()) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /** Merges the writable fields; {@code recipients} in the body are added as a new batch. */
    public void update(Broadcast broadcast, JsonNode body, boolean strict) {
        ObjectNode changes = BroadcastDefinition.of(broadcast.kind(), body);
        List<JsonNode> recipients = recipientsOf(broadcast.kind(), body);
        synchronized (broadcast) {
            broadcast.requireNotArchived("be updated");
            List<JsonNode> valid = recipients.isEmpty() ? recipients : validated(broadcast, recipients, strict, false);
            broadcast.update(changes, state.now());
            fillSoundIds(broadcast, state.now());
            applyMessage(broadcast);
            if (!valid.isEmpty()) {
                addBatch(broadcast, apiBatchName(broadcast), valid);
            }
        }
    }

    /** Texts waiting for the start take the broadcast's current message (unless they brought their own). */
    private void applyMessage(Broadcast broadcast) {
        if (broadcast.kind() != BroadcastKind.TEXT) {
            return;
        }
        String message = broadcast.field("message");
        String strategy = broadcast.field("bigMessageStrategy");
        long now = state.now();
        for (Action action : broadcast.actions()) {
            ((TextAction) action).useBroadcastMessage(message, strategy, now);
        }
    }

    public void start(Broadcast broadcast) {
        synchronized (broadcast) {
            broadcast.requireNotArchived("be started");
            requireMessages(broadcast);
            applyMessage(broadcast);
            long now = state.now();
            refuseDoNotContact(broadcast, now);
            broadcast.status(Broadcast.Status.RUNNING, now);
            long dueAt = now + state.settings().actionDelayMs();
            broadcast.actions().forEach(a -> a.release(dueAt));
            state.events().broadcastChanged(broadcast);
        }
    }

    /** Waiting texts/calls to numbers put on the do-not-contact list since they were created are not sent. */
    private void refuseDoNotContact(Broadcast broadcast, long now) {
        DncStore dnc = state.store(DncStore.class);
        for (Action action : broadcast.actions()) {
            if (!action.held()) {
                continue;
            }
            String number = action.header().toNumber();
            boolean blocked = broadcast.kind() == BroadcastKind.TEXT ? dnc.blocksText(number) : dnc.blocksCall(number);
            if (blocked) {
                action.refuseDoNotContact(now);
            }
        }
    }

    /** A text broadcast without a message can only start when every waiting text brings its own. */
    private void requireMessages(Broadcast broadcast) {
        if (broadcast.kind() != BroadcastKind.TEXT || broadcast.field("message") != null) {
            return;
        }
        for (Batch batch : broadcast.batches()) {
            for (Action action : batch.actions()) {
                if (((TextAction) action).lacksMessage()) {
                    throw ApiError.badRequest("Text broadcast " + broadcast.id() + " has no 'message' and text "
                            + action.id() + " of batch " + batch.id() + " to " + action.header().toNumber()
                            + " has none either: set the broadcast's 'message'");
                }
            }
        }
    }

    public void stop(Broadcast broadcast) {
        halt(broadcast, Broadcast.Status.STOPPED, "be stopped");
    }

    public void archive(Broadcast broadcast) {
        halt(broadcast, Broadcast.Status.ARCHIVED, "be archived again");
    }

    /** Whatever is due by now completes; the rest stays unsent until the broadcast is started again. */
    private void halt(Broadcast broadcast, Broadcast.Status status, String operation) {
        synchronized (broadcast) {
            broadcast.requireNotArchived(operation);
            long now = state.now();
            broadcast.refresh(now);
            broadcast.actions().forEach(Action::hold);
            if (status == Broadcast.Status.ARCHIVED || broadcast.status() != Broadcast.Status.FINISHED) {
                broadcast.status(status, now);
            }
            state.events().broadcastChanged(broadcast);
        }
    }

    /**
     * Adds a validated batch (BatchRequest: {@code recipients} or {@code contactListId}); its texts or calls are
     * created at once, and go out at once when the broadcast is running or finished, else at start.
     */
    public Batch addBatch(Broadcast broadcast, String name, List<JsonNode> recipients, boolean scrubDuplicates) {
        synchronized (broadcast) {
            broadcast.requireNotArchived("take new batches");
            if (recipients.isEmpty()) {
                throw ApiError.badRequest("The batch has no recipients: give 'recipients' or a non-empty "
                        + "'contactListId'");
            }
            return addBatch(broadcast, name, validated(broadcast, recipients, true, scrubDuplicates));
        }
    }

    private Batch addBatch(Broadcast broadcast, String name, List<JsonNode> recipients) {
        return add(broadcast, name, recipients, false, null, false);
    }

    /**
     * POST .../recipients: the recipients' texts or calls, made at once without validation (invalid numbers become
     * INVALID actions). Like a batch's, they go out at once when the broadcast is running or finished, and wait for
     * the start of a broadcast that is not.
     */
    public List<? extends Action> addRecipients(Broadcast broadcast, List<JsonNode> recipients, boolean strict) {
        synchronized (broadcast) {
            broadcast.requireNotArchived("take new recipients");
            return add(broadcast, apiBatchName(broadcast), recipients, strict, null, false).actions();
        }
    }

    /**
     * POST /texts or /calls with this broadcast's {@code campaignId}: sent at once, whatever the broadcast's status
     * (but archived).
     */
    public List<? extends Action> sendThrough(Broadcast broadcast, List<JsonNode> recipients, boolean strict,
                                              String defaultMessage) {
        synchronized (broadcast) {
            broadcast.requireNotArchived("take new recipients");
            return add(broadcast, apiBatchName(broadcast), recipients, strict, defaultMessage, true).actions();
        }
    }

    /** Creates a batch and its actions; they are held until the start unless the broadcast sends (or {@code now}). */
    private Batch add(Broadcast broadcast, String name, List<JsonNode> recipients, boolean strict,
                      String defaultMessage, boolean now) {
        Batch batch = new Batch(state.nextId(), broadcast, name, state.now(), recipients);
        boolean waiting = !now && !broadcast.sending();
        List<? extends Action> actions = dispatch(broadcast, batch, strict, defaultMessage, waiting);
        if (waiting) {
            actions.forEach(Action::hold);
        }
        batch.actions(actions, state.now());
        broadcast.addBatch(batch);
        batches.put(batch.id(), batch);
        if (broadcast.status() == Broadcast.Status.FINISHED && actions.stream().anyMatch(Action::pending)) {
            broadcast.status(Broadcast.Status.RUNNING, state.now());
        }
        return batch;
    }

    private List<JsonNode> validated(Broadcast broadcast, List<JsonNode> recipients, boolean strict, boolean scrub) {
        List<Recipients.Resolved> resolved = Recipients.resolve(state, recipients, defaultFrom(broadcast), strict,
                n -> false);
        return resolved.stream().filter(r -> !scrub || r.outcome() != Recipients.Outcome.DUPLICATE)
                .map(Recipients.Resolved::source).toList();
    }

    private static String defaultFrom(Broadcast broadcast) {
        String from = broadcast.field("fromNumber");
        return from == null && broadcast.kind() == BroadcastKind.TEXT ? PhoneNumbers.SHARED_SHORT_CODE : from;
    }

    /** @param waiting the actions wait for the start: texts may lack a message until then */
    private List<? extends Action> dispatch(Broadcast b, Batch batch, boolean strict, String defaultMessage,
                                            boolean waiting) {
        if (b.kind() == BroadcastKind.TEXT) {
            String message = defaultMessage != null ? defaultMessage : b.field("message");
            return new TextDispatcher(state).send(batch.recipients(), new TextDispatcher.Options(message,
                    "the broadcast's 'message'", defaultFrom(b), b.id(), batch.id(), b.labels(), strict,
                    b.field("bigMessageStrategy"), waiting && defaultMessage == null));
        }
        JsonNode sounds = b.definition().path("sounds");
        String live = defaultMessage != null ? defaultMessage
                : sounds.hasNonNull("liveSoundText") ? sounds.get("liveSoundText").asText() : null;
        Long soundId = sounds.hasNonNull("liveSoundId") ? sounds.get("liveSoundId").asLong() : null;
        return new CallDispatcher(state).send(batch.recipients(), new CallDispatcher.Options(live, soundId,
                defaultFrom(b), b.id(), batch.id(), b.labels(), strict, false));
    }

    public Batch batch(long id) {
        Batch batch = batches.get(id);
        if (batch == null) {
            throw ApiError.notFound("Batch", id);
        }
        return batch;
    }

    public void enableBatch(Batch batch, boolean enabled) {
        Broadcast broadcast = batch.broadcast();
        synchronized (broadcast) {
            long now = state.now();
            boolean hold = !broadcast.sending();
            batch.enabled(enabled, now, now + state.settings().actionDelayMs(), hold);
        }
    }

    /** Disables (or re-enables) the pending actions to the given recipients' numbers or contacts. */
    public void toggleRecipients(Broadcast broadcast, List<JsonNode> recipients, boolean enable) {
        Set<String> numbers = new HashSet<>();
        Set<Long> contactIds = new HashSet<>();
        for (int i = 0; i < recipients.size(); i++) {
            JsonNode r = recipients.get(i);
            String phone = r.isObject() ? Recipients.text(r, "phoneNumber") : null;
            if (phone != null) {
                numbers.add(PhoneNumbers.recipient(phone).orElse(phone));
            } else if (r.isObject() && r.path("contactId").canConvertToLong()) {
                contactIds.add(r.get("contactId").asLong());
            } else {
                throw ApiError.badRequest("recipients[" + i + "]: 'phoneNumber' or 'contactId' is required");
            }
        }
        synchronized (broadcast) {
            long now = state.now();
            boolean hold = !broadcast.sending();
            for (Action action : broadcast.actions()) {
                ActionHeader h = action.header();
                boolean chosen = numbers.contains(h.toNumber())
                        || h.contact() != null && contactIds.contains(h.contact().id());
                if (!chosen) {
                    continue;
                }
                action.settle(now);
                if (enable) {
                    action.enable(now, now + state.settings().actionDelayMs());
                    if (hold) {
                        action.hold();
                    }
                } else {
                    action.disable(now);
                }
            }
        }
    }
}
