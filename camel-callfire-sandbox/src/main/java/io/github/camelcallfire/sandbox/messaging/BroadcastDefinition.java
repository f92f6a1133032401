package io.github.camelcallfire.sandbox.messaging;

import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;

/**
 * Validates the writable fields of a TextBroadcast/CallBroadcast body. Read-only fields (id, status, lastModified)
 * and unknown ones are dropped, as CallFire ignores them; {@code recipients} are handled as a batch by the caller.
 */
public final class BroadcastDefinition {

    private static final Set<String> TEXT_FIELDS = Set.of("name", "fromNumber", "message", "dialplanXml");
    private static final Set<String> INT_FIELDS = Set.of("maxActive", "maxActiveTransfers");
    private static final Set<String> OBJECT_FIELDS = Set.of("localTimeRestriction", "sounds", "retryConfig");
    private static final Set<String> BOOLEAN_FIELDS = Set.of("resumeNextDay");
    private static final Set<String> ARRAY_FIELDS = Set.of("labels", "media", "schedules");
    private static final Map<String, List<String>> ENUM_FIELDS = Map.of(
            "bigMessageStrategy", TextDispatcher.BIG_MESSAGE_STRATEGIES,
            "answeringMachineConfig", List.of("AM_ONLY", "AM_AND_LIVE", "LIVE_WITH_AMD", "LIVE_IMMEDIATE"));
    private static final Set<String> SOUND_VOICE_FIELDS = Set.of("liveSoundTextVoice", "machineSoundTextVoice",
            "transferSoundTextVoice", "dncSoundTextVoice");

    private BroadcastDefinition() {
    }

    public static ObjectNode of(BroadcastKind kind, JsonNode body) {
        if (!body.isObject()) {
            throw ApiError.badRequest(kind.title() + " body must be a JSON object");
        }
        ObjectNode out = Json.object();
        body.fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (!kind.writableFields().contains(name) || value.isNull()) {
                return;
            }
            check(kind, name, value);
            out.set(name, value);
        });
        if (out.has("fromNumber")) {
            out.put("fromNumber", PhoneNumbers.sender(out.get("fromNumber").asText(), "fromNumber"));
        }
        return out;
    }

    /**
     * A new broadcast's definition with the values live CallFire fills in when they are not given (as its recorded
     * answers show): no local time restriction, no resuming next day, and for call broadcasts one attempt
     * (60 minutes apart, first number) and {@code AM_AND_LIVE}.
     */
    public static ObjectNode withDefaults(BroadcastKind kind, ObjectNode definition) {
        ObjectNode out = definition.deepCopy();
        if (!out.has("localTimeRestriction")) {
            out.set("localTimeRestriction", Json.object().put("enabled", false));
        }
        if (!out.has("resumeNextDay")) {
            out.put("resumeNextDay", false);
        }
        if (kind == BroadcastKind.CALL) {
            if (!out.has("retryConfig")) {
                ObjectNode retry = Json.object().put("maxAttempts", 1).put("minutesBetweenAttempts", 60);
                retry.putArray("retryPhoneTypes").add("FIRST_NUMBER");
                out.set("retryConfig", retry);
            }
            if (!out.has("answeringMachineConfig")) {
                out.put("answeringMachineConfig", "AM_AND_LIVE");
            }
        }
        return out;
    }

    private static void check(BroadcastKind kind, String name, JsonNode value) {
        if (TEXT_FIELDS.contains(name) && !value.isTextual()) {
            throw wrongType(kind, name, "a string", value);
        }
        if (INT_FIELDS.contains(name) && !value.canConvertToInt()) {
            throw wrongType(kind, name, "an integer", value);
        }
        if (BOOLEAN_FIELDS.contains(name) && !value.isBoolean()) {
            throw wrongType(kind, name, "true or false", value);
        }
        if (OBJECT_FIELDS.contains(name) && !value.isObject()) {
            throw wrongType(kind, name, "an object", value);
        }
        if (ARRAY_FIELDS.contains(name) && !value.isArray()) {
            throw wrongType(kind, name, "an array", value);
        }
        if ("labels".equals(name)) {
            value.forEach(l -> {
                if (!l.isTextual()) {
                    throw wrongType(kind, "labels[]", "a string", l);
                }
            });
        }
        List<String> allowed = ENUM_FIELDS.get(name);
        if (allowed != null) {
            checkEnum(kind, name, value, allowed);
        }
        if ("sounds".equals(name)) {
            for (String voiceField : SOUND_VOICE_FIELDS) {
                if (value.hasNonNull(voiceField)) {
                    checkEnum(kind, "sounds." + voiceField, value.get(voiceField), CallDispatcher.VOICES);
                }
            }
        }
    }

    private static void checkEnum(BroadcastKind kind, String name, JsonNode value, List<String> allowed) {
        if (!value.isTextual() || !allowed.contains(value.asText())) {
            throw ApiError.badRequest(kind.title() + " field '" + name + "' has invalid value " + value
                    + "; valid values: " + String.join(", ", allowed));
        }
    }

    private static ApiError wrongType(BroadcastKind kind, String name, String expected, JsonNode value) {
        return ApiError.badRequest(kind.title() + " field '" + name + "' must be " + expected + ", got " + value);
    }
}
