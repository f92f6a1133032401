package io.github.camelcallfire.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.http.Json;

/**
 * Test client for the sandbox over real HTTP. Every answer to a {@code /v2} call is checked against the CallFire
 * OpenAPI description by {@link ContractValidator}, so any test that talks to the API is also a contract test.
 */
public final class SandboxHttp {

    /** One HTTP answer. */
    public record Reply(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("answer is not JSON: " + text(), e);
            }
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    private final CallfireSandbox sandbox;
    private final String authorization;
    private final boolean contractChecked;

    public SandboxHttp(CallfireSandbox sandbox) {
        this(sandbox, basic(sandbox.username(), sandbox.password()), true);
    }

    private SandboxHttp(CallfireSandbox sandbox, String authorization, boolean contractChecked) {
        this.sandbox = sandbox;
        this.authorization = authorization;
        this.contractChecked = contractChecked;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The same client without any Authorization header. */
    public SandboxHttp withoutAuth() {
        return new SandboxHttp(sandbox, null, contractChecked);
    }

    /** The same client with other Basic credentials. */
    public SandboxHttp withCredentials(String user, String password) {
        return new SandboxHttp(sandbox, basic(user, password), contractChecked);
    }

    /** The same client without the contract check: injected faults break the contract on purpose. */
    public SandboxHttp withoutContractCheck() {
        return new SandboxHttp(sandbox, authorization, false);
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Reply post(String path, Object jsonBody) {
        return send("POST", path, jsonBytes(jsonBody), "application/json");
    }

    public Reply put(String path, Object jsonBody) {
        return send("PUT", path, jsonBytes(jsonBody), "application/json");
    }

    /** POST with a raw body, e.g. malformed JSON. */
    public Reply postRaw(String path, String body, String contentType) {
        return send("POST", path, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** {@code multipart/form-data} with text fields and one file part named {@code file}. */
    public Reply postMultipart(String path, Map<String, String> fields, String fileName, byte[] fileData) {
        String boundary = "----sandbox" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (fileData != null) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(fileData);
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return send("POST", path, out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /** A call to the control API, e.g. {@code control("POST", "/reset", null)}. */
    public Reply control(String method, String path, Object jsonBody) {
        return raw(method, sandbox.rootUrl() + "/sandbox" + path, jsonBytes(jsonBody), "application/json", false);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] jsonBytes(Object body) {
        if (body == null) {
            return null;
        }
        try {
            return body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : Json.MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply send(String method, String path, byte[] body, String contentType) {
        Reply reply = raw(method, sandbox.baseUrl() + path, body, contentType, true);
        if (contractChecked) {
            ContractValidator.validate(method, path, reply);
        }
        return reply;
    }

    /** A request whose connection may be dropped: the I/O failure is returned instead of thrown. */
    public IOException failure(String method, String path) {
        return failure(method, path, null, Duration.ofSeconds(30));
    }

    /**
     * A request with an optional JSON body whose answer may be lost (dropped connection, or no answer within
     * {@code timeout}): the I/O failure is returned instead of thrown.
     */
    public IOException failure(String method, String path, Object jsonBody, Duration timeout) {
        byte[] body = jsonBytes(jsonBody);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", authorization).header("Content-Type", "application/json");
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            throw new AssertionError("expected an I/O failure, got HTTP " + response.statusCode());
        } catch (IOException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every byte the server sends back to one HTTP/1.1 request (with {@code Connection: close}) on a fresh socket,
     * read until it closes the connection. Unlike an HTTP client, which may retry or hide a partial answer, this shows
     * exactly what went over the wire; a reset ends the answer like an EOF does.
     */
    public byte[] wireAnswer(String method, String path, String jsonBody) {
        URI root = URI.create(sandbox.rootUrl());
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        String head = method + " /v2" + path + " HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort()
                + "\r\nAuthorization: " + authorization + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n";
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            try {
                socket.getInputStream().transferTo(received);
            } catch (SocketException reset) {
                // the connection was reset: what arrived before is the whole answer
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " over a raw socket failed", e);
        }
        return received.toByteArray();
    }

    private Reply raw(String method, String url, byte[] body, String contentType, boolean auth) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && body != null) {
            request.header("Content-Type", contentType);
        }
        if (auth && authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
