package io.github.camelcallfire.sandbox.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.messaging.Action;
import io.github.camelcallfire.sandbox.messaging.ActionFilter;
import io.github.camelcallfire.sandbox.messaging.ActionIndex;
import io.github.camelcallfire.sandbox.messaging.BroadcastKind;
import io.github.camelcallfire.sandbox.messaging.BroadcastStore;
import io.github.camelcallfire.sandbox.messaging.CallAction;
import io.github.camelcallfire.sandbox.messaging.CallDispatcher;
import io.github.camelcallfire.sandbox.messaging.RecordingUrls;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.ActionStore;
import io.github.camelcallfire.sandbox.store.AudioSynth;

/** findCalls, sendCalls, getCall and the call recordings (JSON and .mp3). */
public final class CallsApi implements ApiModule {

    static final int DEFAULT_LIMIT = 100;
    /** POST /calls accepts at most this many recipients per request (CallFire's limit for POST /calls). */
    static final int MAX_RECIPIENTS = 10;

    @Override
    public void register(Router router, SandboxState state) {
        router.get("/calls", r -> find(state, r));
        router.post("/calls", r -> send(state, r));
        router.get("/calls/{id}", r -> SandboxResponse.ok(RecordingUrls.absolute(call(state, r.pathLong("id")).toJson(),
                r.rootUrl())));
        router.get("/calls/{id}/recordings", r -> {
            ObjectNode recording = RecordingUrls.absolute(call(state, r.pathLong("id")).recordingJson(), r.rootUrl());
            return SandboxResponse.ok(PageRequest.itemList(recording == null ? List.of() : List.of(recording)));
        });
        router.get("/calls/{id}/recordings/{name}", r ->
                SandboxResponse.ok(RecordingUrls.absolute(recordingByName(state, r), r.rootUrl())));
        router.get("/calls/{id}/recordings/{name}.mp3", r -> mp3(recordingByName(state, r)));
        router.get("/calls/recordings/{id}", r ->
                SandboxResponse.ok(RecordingUrls.absolute(recording(state, r.pathLong("id")), r.rootUrl())));
        router.get("/calls/recordings/{id}.mp3", r -> mp3(recording(state, r.pathLong("id"))));
    }

    private static SandboxResponse find(SandboxState state, SandboxRequest r) {
        PageRequest page = PageRequest.of(r, DEFAULT_LIMIT);
        ActionStore store = state.store(ActionStore.class);
        ActionIndex.Found<CallAction> found = store.calls().find(ActionFilter.from(r, ActionFilter.CALL_RESULTS,
                store.knownDefaultCampaignId(true)), page, state.now());
        return SandboxResponse.ok(page.envelope(TextsApi.json(found.items(), r), found.totalCount()));
    }

    private static SandboxResponse send(SandboxState state, SandboxRequest r) {
        List<JsonNode> recipients = r.jsonArray();
        if (recipients.size() > MAX_RECIPIENTS) {
            throw ApiError.badRequest("POST /calls takes at most " + MAX_RECIPIENTS + " recipients, got "
                    + recipients.size() + "; use a call broadcast for more");
        }
        String voice = r.query("defaultVoice").orElse(null);
        if (voice != null && !CallDispatcher.VOICES.contains(voice)) {
            throw ApiError.badRequest("Query parameter 'defaultVoice' has unknown value '" + voice
                    + "'; valid values: " + String.join(", ", CallDispatcher.VOICES));
        }
        String live = r.query("defaultLiveMessage").orElse(null);
        boolean strict = r.queryBool("strictValidation").orElse(false);
        long campaignId = r.queryLong("campaignId").orElse(0L);
        List<? extends Action> calls;
        if (campaignId != 0) {
            BroadcastStore broadcasts = state.store(BroadcastStore.class);
            calls = broadcasts.sendThrough(broadcasts.get(BroadcastKind.CALL, campaignId), recipients, strict, live);
        } else {
            ActionStore store = state.store(ActionStore.class);
            calls = new CallDispatcher(state).send(recipients, new CallDispatcher.Options(live,
                    r.queryLong("defaultLiveMessageSoundId").orElse(null), null, store.defaultCallCampaignId(),
                    state.nextId(), List.of(), strict, true));
        }
        return SandboxResponse.ok(PageRequest.itemList(TextsApi.json(calls, r)));
    }

    private static CallAction call(SandboxState state, long id) {
        CallAction call = state.store(ActionStore.class).calls().get(id)
                .orElseThrow(() -> ApiError.notFound("Call", id));
        call.settle(state.now());
        return call;
    }

    private static ObjectNode recordingByName(SandboxState state, SandboxRequest r) {
        ObjectNode recording = call(state, r.pathLong("id")).recordingJson();
        String name = r.pathParam("name");
        if (recording == null || !recording.path("name").asText().equals(name)) {
            throw ApiError.notFound("Recording", name + " of call " + r.pathParam("id"));
        }
        return recording;
    }

    private static ObjectNode recording(SandboxState state, long recordingId) {
        CallAction call = state.store(ActionStore.class).callOfRecording(recordingId)
                .orElseThrow(() -> ApiError.notFound("Recording", recordingId));
        call.settle(state.now());
        ObjectNode recording = call.recordingJson();
        if (recording == null) {
            throw ApiError.notFound("Recording", recordingId);
        }
        return recording;
    }

    private static SandboxResponse mp3(ObjectNode recording) {
        return SandboxResponse.binary("audio/mpeg", AudioSynth.mp3(recording.path("lengthInSeconds").asInt()));
    }
}
