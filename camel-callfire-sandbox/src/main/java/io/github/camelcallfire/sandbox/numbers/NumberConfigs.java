package io.github.camelcallfire.sandbox.numbers;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;

/** Builds and validates NumberConfig JSON: an IVR needs its dialplan, call tracking its tracking settings. */
final class NumberConfigs {

    private static final Pattern PHONE = Pattern.compile("1?\\d{10}");

    private NumberConfigs() {
    }

    /** What a freshly leased number is configured as: call tracking with nothing switched on. */
    static ObjectNode initial(String number) {
        ObjectNode config = Json.object();
        config.put("number", number);
        config.put("configType", "TRACKING");
        ObjectNode tracking = config.putObject("callTrackingConfig");
        tracking.putArray("transferNumbers");
        tracking.put("screen", false);
        tracking.put("recorded", false);
        tracking.put("voicemail", false);
        return config;
    }

    /** The new configuration of {@code number} from a PUT body; the number in the path wins over the body's. */
    static ObjectNode fromRequest(String number, JsonNode body) {
        BodyFields fields = BodyFields.of(body);
        String type = fields.oneOf("configType", "IVR", "TRACKING").orElseThrow(() ->
                ApiError.badRequest("'configType' is required: IVR (with ivrInboundConfig) or TRACKING (with "
                        + "callTrackingConfig)"));
        JsonNode ivr = fields.object("ivrInboundConfig").orElse(null);
        JsonNode tracking = fields.object("callTrackingConfig").orElse(null);
        JsonNode textInbound = fields.object("textInboundConfig").orElse(null);
        if (type.equals("IVR")) {
            requireDialplan(ivr);
        } else {
            requireTracking(tracking);
        }
        if (textInbound != null) {
            BodyFields inbound = BodyFields.of(textInbound);
            // read only to reject values of the wrong type; the config is stored as given
            inbound.bool("forwardEnabled");
            inbound.text("forwardNumber").ifPresent(n -> requirePhone("textInboundConfig.forwardNumber", n));
        }
        ObjectNode config = Json.object();
        config.put("number", number);
        config.put("configType", type);
        if (tracking != null) {
            config.set("callTrackingConfig", tracking.deepCopy());
        }
        if (ivr != null) {
            config.set("ivrInboundConfig", ivr.deepCopy());
        }
        if (textInbound != null) {
            config.set("textInboundConfig", textInbound.deepCopy());
        }
        return config;
    }

    private static void requireDialplan(JsonNode ivr) {
        if (ivr == null) {
            throw ApiError.badRequest("configType IVR needs 'ivrInboundConfig' with a 'dialplanXml'");
        }
        String dialplan = BodyFields.of(ivr).text("dialplanXml").orElse("");
        if (dialplan.isBlank()) {
            throw ApiError.badRequest("configType IVR needs 'ivrInboundConfig.dialplanXml' (the IVR's dialplan XML)");
        }
    }

    private static void requireTracking(JsonNode tracking) {
        if (tracking == null) {
            throw ApiError.badRequest("configType TRACKING needs 'callTrackingConfig'");
        }
        BodyFields fields = BodyFields.of(tracking);
        fields.texts("transferNumbers").ifPresent(numbers ->
                numbers.forEach(n -> requirePhone("callTrackingConfig.transferNumbers", n)));
        // read only to reject values of the wrong type; the config is stored as given
        for (String flag : new String[] {"screen", "recorded", "voicemail"}) {
            fields.bool(flag);
        }
        for (String sound : new String[] {"introSoundId", "whisperSoundId", "voicemailSoundId",
                "failedTransferSoundId"}) {
            fields.number(sound);
        }
    }

    private static void requirePhone(String field, String value) {
        if (!PHONE.matcher(value).matches()) {
            throw ApiError.badRequest("'" + field + "' must hold phone numbers of 10 or 11 digits, got '" + value + "'");
        }
    }
}
