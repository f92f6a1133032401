package io.github.camelcallfire.sandbox.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.messaging.Action;
import io.github.camelcallfire.sandbox.messaging.ActionFilter;
import io.github.camelcallfire.sandbox.messaging.Batch;
import io.github.camelcallfire.sandbox.messaging.Broadcast;
import io.github.camelcallfire.sandbox.messaging.BroadcastKind;
import io.github.camelcallfire.sandbox.messaging.BroadcastStats;
import io.github.camelcallfire.sandbox.messaging.BroadcastStore;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.ContactListStore;

/** Text and call broadcasts (same operations under /texts/broadcasts and /calls/broadcasts) and campaign batches. */
public final class BroadcastsApi implements ApiModule {

    /** The newer spec's default page size for the broadcast finds. */
    static final int FIND_DEFAULT_LIMIT = 10;
    static final int DEFAULT_LIMIT = 100;

    @Override
    public void register(Router router, SandboxState state) {
        for (BroadcastKind kind : BroadcastKind.values()) {
            register(router, state, kind);
        }
        router.get("/campaigns/batches/{id}", r ->
                SandboxResponse.ok(store(state).batch(r.pathLong("id")).toJson(state.now())));
        router.put("/campaigns/batches/{id}", r -> {
            Batch batch = store(state).batch(r.pathLong("id"));
            JsonNode enabled = r.json().get("enabled");
            if (enabled == null || !enabled.isBoolean()) {
                throw ApiError.badRequest("Batch field 'enabled' (true or false) is required; it is the only field "
                        + "that can be updated");
            }
            store(state).enableBatch(batch, enabled.asBoolean());
            return SandboxResponse.emptyOk();
        });
    }

    private static void register(Router router, SandboxState state, BroadcastKind kind) {
        String base = "/" + kind.path() + "/broadcasts";
        router.get(base, r -> find(state, kind, r));
        router.post(base, r -> SandboxResponse.created(store(state).create(kind, r.json(),
                r.queryBool("start").orElse(false), strict(r)).id()));
        router.get(base + "/{id}", r -> SandboxResponse.ok(broadcast(state, kind, r).toJson()));
        router.put(base + "/{id}", r -> {
            store(state).update(broadcast(state, kind, r), r.json(), strict(r));
            return SandboxResponse.emptyOk();
        });
        router.post(base + "/{id}/start", r -> {
            store(state).start(broadcast(state, kind, r));
            return SandboxResponse.emptyOk();
        });
        router.post(base + "/{id}/stop", r -> {
            store(state).stop(broadcast(state, kind, r));
            return SandboxResponse.emptyOk();
        });
        router.post(base + "/{id}/archive", r -> {
            store(state).archive(broadcast(state, kind, r));
            return SandboxResponse.emptyOk();
        });
        router.get(base + "/{id}/stats", r -> SandboxResponse.ok(BroadcastStats.of(broadcast(state, kind, r),
                r.queryLong("begin").orElse(null), r.queryLong("end").orElse(null), state.now())));
        router.get(base + "/{id}/batches", r -> {
            Broadcast broadcast = broadcast(state, kind, r);
            // oldest first, as CallFire's recorded batch lists are
            List<Batch> batches = broadcast.batches();
            return SandboxResponse.ok(PageRequest.of(r, DEFAULT_LIMIT)
                    .page(batches.stream().map(b -> b.toJson(state.now())).toList()));
        });
        router.post(base + "/{id}/batches", r -> addBatch(state, broadcast(state, kind, r), r));
        router.get(base + "/{id}/" + kind.path(), r -> actions(state, broadcast(state, kind, r), r));
        router.post(base + "/{id}/recipients", r -> {
            List<? extends Action> actions = store(state).addRecipients(broadcast(state, kind, r), r.jsonArray(),
                    strict(r));
            return SandboxResponse.ok(PageRequest.itemList(TextsApi.json(actions, r)));
        });
        router.post(base + "/{id}/toggleRecipientsStatus", r -> {
            boolean enable = r.queryBool("enable").orElseThrow(() -> ApiError.badRequest(
                    "Query parameter 'enable' (true or false) is required"));
            store(state).toggleRecipients(broadcast(state, kind, r), r.jsonArray(), enable);
            return SandboxResponse.emptyOk();
        });
    }

    private static SandboxResponse find(SandboxState state, BroadcastKind kind, SandboxRequest r) {
        PageRequest page = PageRequest.of(r, FIND_DEFAULT_LIMIT);
        BroadcastStore.Query query = new BroadcastStore.Query(r.query("name").orElse(null),
                r.query("label").orElse(null), r.queryBool("running").orElse(null),
                r.queryBool("scheduled").orElse(null), r.queryLong("intervalBegin").orElse(null),
                r.queryLong("intervalEnd").orElse(null));
        return SandboxResponse.ok(page.page(store(state).find(kind, query).stream().map(Broadcast::toJson).toList()));
    }

    private static SandboxResponse addBatch(SandboxState state, Broadcast broadcast, SandboxRequest r) {
        JsonNode body = r.json();
        if (!body.isObject()) {
            throw ApiError.badRequest("BatchRequest body must be a JSON object");
        }
        JsonNode recipientsNode = body.get("recipients");
        JsonNode listId = body.get("contactListId");
        boolean hasRecipients = recipientsNode != null && !recipientsNode.isNull();
        boolean hasList = listId != null && !listId.isNull();
        if (hasRecipients == hasList) {
            throw ApiError.badRequest("BatchRequest needs exactly one of 'recipients' or 'contactListId'");
        }
        List<JsonNode> recipients = new ArrayList<>();
        if (hasRecipients) {
            if (!recipientsNode.isArray()) {
                throw ApiError.badRequest("BatchRequest field 'recipients' must be an array");
            }
            recipientsNode.forEach(recipients::add);
        } else {
            if (!listId.canConvertToLong()) {
                throw ApiError.badRequest("BatchRequest field 'contactListId' must be a number, got " + listId);
            }
            for (long contactId : state.store(ContactListStore.class).contactIds(listId.asLong())) {
                recipients.add(Json.object().put("contactId", contactId));
            }
        }
        String name = body.hasNonNull("name") ? body.get("name").asText() : "Batch " + state.now();
        Batch batch = store(state).addBatch(broadcast, name, recipients, body.path("scrubDuplicates").asBoolean());
        return SandboxResponse.created(batch.id());
    }

    private static SandboxResponse actions(SandboxState state, Broadcast broadcast, SandboxRequest r) {
        PageRequest page = PageRequest.of(r, DEFAULT_LIMIT);
        ActionFilter filter = ActionFilter.none().withBatch(r.queryLong("batchId").orElse(null));
        List<Action> matches = new ArrayList<>();
        long now = state.now();
        for (Action action : broadcast.actions()) {
            action.settle(now);
            if (filter.matches(action)) {
                matches.add(action);
            }
        }
        matches.sort(Comparator.comparingLong(Action::created).thenComparingLong(Action::id).reversed());
        return SandboxResponse.ok(page.page(TextsApi.json(matches, r)));
    }

    private static Broadcast broadcast(SandboxState state, BroadcastKind kind, SandboxRequest r) {
        return store(state).get(kind, r.pathLong("id"));
    }

    private static BroadcastStore store(SandboxState state) {
        return state.store(BroadcastStore.class);
    }

    private static boolean strict(SandboxRequest r) {
        return r.queryBool("strictValidation").orElse(false);
    }
}
