package io.github.camelcallfire.sandbox.media;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.Json;

/** An uploaded media file; {@code key} is the unguessable token of its public URL. */
public record MediaFile(long id, String name, long created, MediaKind kind, byte[] data, String key) {

    /** The Media JSON; {@code rootUrl} is the sandbox's {@code http://host:port} as the client reached it. */
    public ObjectNode toJson(String rootUrl) {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("name", name);
        json.put("created", created);
        json.put("lengthInBytes", data.length);
        json.put("mediaType", kind.mimeType());
        json.put("publicUrl", rootUrl + "/v2/media/public/" + key + "." + kind.extension());
        return json;
    }
}
