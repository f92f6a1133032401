package io.github.camelcallfire.sandbox.messaging;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Recordings carry {@code mp3Url}. Stored actions only know the path; the answer makes it absolute with the address
 * the client used to reach the sandbox, so the URL works from where the client is.
 */
public final class RecordingUrls {

    private RecordingUrls() {
    }

    static String mp3Path(long recordingId) {
        return "/v2/calls/recordings/" + recordingId + ".mp3";
    }

    /** Rewrites {@code mp3Url} in a recording, or in the recordings of a call's records. */
    public static <T extends JsonNode> T absolute(T json, Optional<String> rootUrl) {
        if (json == null || rootUrl.isEmpty() || !json.isObject()) {
            return json;
        }
        JsonNode url = json.get("mp3Url");
        if (url != null && url.asText().startsWith("/")) {
            ((ObjectNode) json).put("mp3Url", rootUrl.get() + url.asText());
        }
        for (JsonNode record : json.path("records")) {
            for (JsonNode recording : record.path("recordings")) {
                absolute(recording, rootUrl);
            }
        }
        return json;
    }
}
