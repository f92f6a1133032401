package io.github.camelcallfire.sandbox.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.messaging.Action;
import io.github.camelcallfire.sandbox.messaging.ActionFilter;
import io.github.camelcallfire.sandbox.messaging.ActionJson;
import io.github.camelcallfire.sandbox.messaging.ActionIndex;
import io.github.camelcallfire.sandbox.messaging.BroadcastKind;
import io.github.camelcallfire.sandbox.messaging.BroadcastStore;
import io.github.camelcallfire.sandbox.messaging.TextAction;
import io.github.camelcallfire.sandbox.messaging.TextDispatcher;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.ActionStore;

/** findTexts, sendTexts, getText. */
public final class TextsApi implements ApiModule {

    /** The newer spec's default page size for GET /texts. */
    static final int DEFAULT_LIMIT = 10;

    @Override
    public void register(Router router, SandboxState state) {
        router.get("/texts", r -> find(state, r));
        router.post("/texts", r -> send(state, r));
        router.get("/texts/{id}", r -> {
            TextAction text = state.store(ActionStore.class).texts().get(r.pathLong("id"))
                    .orElseThrow(() -> ApiError.notFound("Text", r.pathParam("id")));
            text.settle(state.now());
            return SandboxResponse.ok(text.toJson());
        });
    }

    private static SandboxResponse find(SandboxState state, SandboxRequest r) {
        PageRequest page = PageRequest.of(r, DEFAULT_LIMIT);
        ActionStore store = state.store(ActionStore.class);
        ActionIndex.Found<TextAction> found = store.texts().find(ActionFilter.from(r, ActionFilter.TEXT_RESULTS,
                store.knownDefaultCampaignId(false)), page, state.now());
        return SandboxResponse.ok(page.envelope(json(found.items(), r), found.totalCount()));
    }

    private static SandboxResponse send(SandboxState state, SandboxRequest r) {
        List<JsonNode> recipients = r.jsonArray();
        String defaultMessage = r.query("defaultMessage").orElse(null);
        boolean strict = r.queryBool("strictValidation").orElse(false);
        long campaignId = r.queryLong("campaignId").orElse(0L);
        List<? extends Action> texts;
        if (campaignId != 0) {
            BroadcastStore broadcasts = state.store(BroadcastStore.class);
            texts = broadcasts.sendThrough(broadcasts.get(BroadcastKind.TEXT, campaignId), recipients, strict,
                    defaultMessage);
        } else {
            ActionStore store = state.store(ActionStore.class);
            texts = new TextDispatcher(state).send(recipients, TextDispatcher.Options.direct(defaultMessage, strict,
                    store.defaultTextCampaignId(), state.nextId()));
        }
        return SandboxResponse.ok(PageRequest.itemList(json(texts, r)));
    }

    /** Actions as JSON, recording URLs made absolute for the client that asked. */
    static List<ActionJson> json(List<? extends Action> actions, SandboxRequest request) {
        return actions.stream().map(a -> a.json(request.rootUrl())).toList();
    }
}
