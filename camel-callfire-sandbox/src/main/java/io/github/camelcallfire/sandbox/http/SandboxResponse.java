package io.github.camelcallfire.sandbox.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: a JSON value (pruned by {@code fields}), raw bytes, or nothing. */
public final class SandboxResponse {

    private final int status;
    private final Object json;
    private final byte[] bytes;
    private final String contentType;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private SandboxResponse(int status, Object json, byte[] bytes, String contentType) {
        this.status = status;
        this.json = json;
        this.bytes = bytes;
        this.contentType = contentType;
    }

    /** 200 with a JSON body; {@code body} is a Jackson node, a Map/List, a POJO or a boxed scalar. */
    public static SandboxResponse ok(Object body) {
        return json(200, body);
    }

    public static SandboxResponse json(int status, Object body) {
        return new SandboxResponse(status, body, null, "application/json");
    }

    /** 201 {@code {"id":N}}. */
    public static SandboxResponse created(long id) {
        return json(201, Map.of("id", id));
    }

    /** 200 with an empty body: CallFire's answer to actions and updates. */
    public static SandboxResponse emptyOk() {
        return new SandboxResponse(200, null, null, null);
    }

    /** 204: CallFire's answer to deletes. */
    public static SandboxResponse noContent() {
        return new SandboxResponse(204, null, null, null);
    }

    public static SandboxResponse binary(String contentType, byte[] data) {
        return new SandboxResponse(200, null, data, contentType);
    }

    public SandboxResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Object json() {
        return json;
    }

    public byte[] bytes() {
        return bytes;
    }

    public String contentType() {
        return contentType;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public boolean isJson() {
        return json != null;
    }
}
