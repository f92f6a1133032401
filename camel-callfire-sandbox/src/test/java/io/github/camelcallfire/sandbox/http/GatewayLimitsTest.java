package io.github.camelcallfire.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import io.github.camelcallfire.sandbox.CallfireSandbox;

/**
 * The sandbox's HTTP front over real sockets: slow heads get 408, bodies over the limit 413 (by Content-Length before
 * they are sent, chunked ones when they pass the limit), both with CallFire's error JSON, while other clients are
 * answered; a body right at the limit is served.
 */
class GatewayLimitsTest {

    private static final int SLOW_CLIENTS = 80;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void defaultsAreThirtyTwoMebibytesTenSecondsAndAQuarterOfTheHeap() {
        try (CallfireSandbox sandbox = CallfireSandbox.start()) {
            assertThat(sandbox.limits().maxBodyBytes()).isEqualTo(32L * 1024 * 1024);
            assertThat(sandbox.limits().headerTimeoutMs()).isEqualTo(10_000);
            assertThat(sandbox.limits().maxHeaderBytes()).isEqualTo(64 * 1024);
            assertThat(sandbox.limits().bodyBufferBytes())
                    .isEqualTo(Math.max(Runtime.getRuntime().maxMemory() / 4, 32L * 1024 * 1024));
        }
    }

    @Test
    void headOverSixtyFourKibibytesGets431() throws Exception {
        try (CallfireSandbox sandbox = CallfireSandbox.start();
             Socket s = RawHttp.connect(sandbox.port(), 10_000)) {
            s.getOutputStream().write(("GET /v2/texts HTTP/1.1\r\nHost: x\r\nX-Big: " + "x".repeat(64 * 1024)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            RawHttp.Answer answer = RawHttp.read(s.getInputStream());
            assertThat(answer.status()).isEqualTo(431);
            assertCallfireError(answer, 431, "Request header fields too large");
            assertThat(sandbox.requestCount()).isZero();
        }
    }

    @Test
    void slowHeadersGet408WhileOtherClientsAreAnswered() throws Exception {
        // more slow clients than request threads: with the JDK server each of them held a thread while it trickled
        try (CallfireSandbox sandbox = CallfireSandbox.builder().actionDelayMs(0).threads(4).headerTimeoutMs(8_000)
                .start()) {
            List<Socket> slow = new ArrayList<>();
            AtomicBoolean trickling = new AtomicBoolean(true);
            byte[] head = ("GET /v2/texts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + RawHttp.basic(sandbox.username(), sandbox.password()) + "\r\nX-Slow: "
                    + "a".repeat(200) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket s = RawHttp.connect(sandbox.port(), 20_000);
                s.getOutputStream().write(head, 0, 10);
                slow.add(s);
            }
            Thread trickler = new Thread(() -> {
                for (int pos = 10; trickling.get() && pos < head.length - 1; pos++) {
                    for (Socket s : slow) {
                        try {
                            s.getOutputStream().write(head[pos]);
                        } catch (IOException e) {
                            // answered and closed: nothing more to send on it
                        }
                    }
                    sleep(100);
                }
            });
            trickler.start();
            try {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = 0; i < 20; i++) {
                    HttpResponse<String> reply = client.send(HttpRequest.newBuilder(
                                    java.net.URI.create(sandbox.baseUrl() + "/texts"))
                            .header("Authorization", RawHttp.basic(sandbox.username(), sandbox.password()))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(reply.statusCode()).isEqualTo(200);
                }
                // every fast request was answered while no slow client had its answer yet
                for (Socket s : slow) {
                    assertThat(s.getInputStream().available()).isZero();
                }
                for (Socket s : slow) {
                    RawHttp.Answer answer = RawHttp.read(s.getInputStream());
                    assertThat(answer.status()).isEqualTo(408);
                    assertCallfireError(answer, 408, "Request timeout");
                    assertThat(answer.header("Connection")).isEqualTo("close");
                }
            } finally {
                trickling.set(false);
                trickler.join();
                for (Socket s : slow) {
                    s.close();
                }
            }
            // the requests that never completed never reached the API
            assertThat(sandbox.requestCount()).isEqualTo(20);
        }
    }

    @Test
    void idleConnectionsTakeNoRequestThread() throws Exception {
        try (CallfireSandbox sandbox = CallfireSandbox.builder().actionDelayMs(0).threads(2).start()) {
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 100; i++) {
                    idle.add(RawHttp.connect(sandbox.port(), 10_000));
                }
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = 0; i < 10; i++) {
                    HttpResponse<String> reply = client.send(HttpRequest.newBuilder(
                                    java.net.URI.create(sandbox.baseUrl() + "/texts"))
                            .header("Authorization", RawHttp.basic(sandbox.username(), sandbox.password()))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(reply.statusCode()).isEqualTo(200);
                }
            } finally {
                for (Socket s : idle) {
                    s.close();
                }
            }
        }
    }

    @Test
    void oversizedContentLengthGets413BeforeTheBodyIsSent() throws Exception {
        try (CallfireSandbox sandbox = CallfireSandbox.start();
             Socket s = RawHttp.connect(sandbox.port(), 10_000)) {
            s.getOutputStream().write(("POST /v2/media HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + RawHttp.basic(sandbox.username(), sandbox.password())
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + 60_000_000
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            RawHttp.Answer answer = RawHttp.read(s.getInputStream());
            assertThat(answer.status()).isEqualTo(413);
            assertCallfireError(answer, 413, "Request entity too large: the limit is 33554432 bytes");
            assertThat(RawHttp.closedByServer(s.getInputStream())).isTrue();
            assertThat(sandbox.requestCount()).isZero();
        }
    }

    @Test
    void expectContinueClientIsRefusedWithoutSendingTheBody() throws Exception {
        try (CallfireSandbox sandbox = CallfireSandbox.builder().actionDelayMs(0).maxBodyBytes(1000).start();
             Socket s = RawHttp.connect(sandbox.port(), 10_000)) {
            s.getOutputStream().write(("POST /v2/texts HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Content-Length: 1001\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.read(s.getInputStream()).status()).isEqualTo(413);
        }
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedWhileItArrives() throws Exception {
        int limit = 1024 * 1024;
        try (CallfireSandbox sandbox = CallfireSandbox.builder().actionDelayMs(0).maxBodyBytes(limit).start();
             Socket s = RawHttp.connect(sandbox.port(), 10_000)) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /v2/media HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + RawHttp.basic(sandbox.username(), sandbox.password())
                    + "\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // 64 KiB chunks, endlessly, from another thread: the answer must come while the client still sends
            AtomicBoolean sending = new AtomicBoolean(true);
            long[] sent = {0};
            Thread sender = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sending.get() && sent[0] < 100L * limit) {
                        out.write(size);
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        sent[0] += chunk.length;
                    }
                } catch (IOException e) {
                    // the server closed after its answer
                }
            });
            sender.start();
            RawHttp.Answer answer = RawHttp.read(s.getInputStream());
            sending.set(false);
            assertThat(answer.status()).isEqualTo(413);
            assertCallfireError(answer, 413, "Request entity too large: the limit is " + limit + " bytes");
            assertThat(answer.json().get("developerMessage").asText()).startsWith("Chunked body of more than");
            s.shutdownOutput();
            sender.join();
            assertThat(sent[0]).isLessThan(100L * limit);
            assertThat(sandbox.requestCount()).isZero();
        }
    }

    @Test
    void bodyAtTheLimitIsServedAndOneByteMoreIsNot() throws Exception {
        int limit = 1024 * 1024;
        try (CallfireSandbox sandbox = CallfireSandbox.builder().actionDelayMs(0).maxBodyBytes(limit).start()) {
            String auth = RawHttp.basic(sandbox.username(), sandbox.password());
            byte[] atLimit = multipartOfSize(limit);
            byte[] overLimit = multipartOfSize(limit + 1);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

            HttpResponse<String> accepted = client.send(upload(sandbox, auth, atLimit), HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).isEqualTo(200);
            long id = Json.MAPPER.readTree(accepted.body()).get("id").asLong();
            HttpResponse<String> media = client.send(HttpRequest.newBuilder(
                    java.net.URI.create(sandbox.baseUrl() + "/media/" + id)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(Json.MAPPER.readTree(media.body()).get("lengthInBytes").asLong())
                    .isEqualTo(limit - multipartOverhead());

            HttpResponse<String> refused = client.send(upload(sandbox, auth, overLimit), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(Json.MAPPER.readTree(refused.body()).get("httpStatusCode").asInt()).isEqualTo(413);

            // the same body at the limit, chunked, is served as well (after a reset: CallFire refuses the same media twice)
            sandbox.reset();
            try (Socket s = RawHttp.connect(sandbox.port(), 10_000)) {
                OutputStream out = s.getOutputStream();
                out.write(("POST /v2/media HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + auth
                        + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                        + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                for (int pos = 0; pos < atLimit.length; pos += 100_000) {
                    int n = Math.min(100_000, atLimit.length - pos);
                    out.write((Integer.toHexString(n) + ";ext=1\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(atLimit, pos, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(RawHttp.read(s.getInputStream()).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void keepAliveConnectionServesPipelinedRequestsInOrder() throws Exception {
        try (CallfireSandbox sandbox = CallfireSandbox.start();
             Socket s = RawHttp.connect(sandbox.port(), 10_000)) {
            String auth = RawHttp.basic(sandbox.username(), sandbox.password());
            String post = "{\"name\":\"pipelined\"}";
            s.getOutputStream().write(("POST /v2/contacts/lists HTTP/1.1\r\nHost: x\r\nAuthorization: " + auth
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + post.length() + "\r\n\r\n" + post
                    + "GET /v2/contacts/lists HTTP/1.1\r\nHost: x\r\nAuthorization: " + auth + "\r\n\r\n"
                    + "GET /v2/nowhere HTTP/1.1\r\nHost: x\r\nAuthorization: " + auth
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            RawHttp.Answer created = RawHttp.read(in);
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.json().get("id").asLong()).isPositive();
            RawHttp.Answer lists = RawHttp.read(in);
            assertThat(lists.status()).isEqualTo(200);
            assertThat(lists.json().get("items").get(0).get("name").asText()).isEqualTo("pipelined");
            RawHttp.Answer missing = RawHttp.read(in);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.header("Connection")).isEqualTo("close");
            assertThat(RawHttp.closedByServer(in)).isTrue();
        }
    }

    static void assertCallfireError(RawHttp.Answer answer, int status, String messageStart) throws IOException {
        assertThat(answer.header("Content-Type")).isEqualTo("application/json");
        JsonNode error = answer.json();
        assertThat(error.get("httpStatusCode").asInt()).isEqualTo(status);
        assertThat(error.get("internalCode").isInt()).isTrue();
        assertThat(error.get("message").asText()).startsWith(messageStart);
        assertThat(error.get("developerMessage").asText()).isNotBlank();
        assertThat(error.get("helpLink").asText()).isEqualTo(ApiError.HELP_LINK);
    }

    private static final String BOUNDARY = "gateway-limits-boundary";

    private static final byte[] TOP = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
            + "filename=\"big.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BOTTOM = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);

    private static int multipartOverhead() {
        return TOP.length + BOTTOM.length;
    }

    /** A multipart upload of a PNG whose whole body is exactly {@code size} bytes. */
    static byte[] multipartOfSize(int size) {
        byte[] top = TOP;
        byte[] bottom = BOTTOM;
        byte[] file = Arrays.copyOf(PNG, size - top.length - bottom.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(top);
        out.writeBytes(file);
        out.writeBytes(bottom);
        return out.toByteArray();
    }

    private static HttpRequest upload(CallfireSandbox sandbox, String auth, byte[] body) {
        return HttpRequest.newBuilder(java.net.URI.create(sandbox.baseUrl() + "/media"))
                .header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
