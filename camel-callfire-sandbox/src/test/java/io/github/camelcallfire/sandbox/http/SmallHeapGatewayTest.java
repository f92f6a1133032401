package io.github.camelcallfire.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelcallfire.sandbox.CallfireSandbox;

/**
 * The standalone sandbox in a child JVM with a 256 MB heap that exits on OutOfMemoryError: concurrent 60 MB uploads
 * (with Content-Length and chunked) are each answered 413 while another client keeps being answered, and the sandbox
 * lives on. Before the gateway each upload was buffered whole (up to 64 MB) on its request thread: a handful of them
 * exhausted this heap.
 */
class SmallHeapGatewayTest {

    private static final int UPLOADS_EACH_WAY = 4;
    private static final long UPLOAD_BYTES = 60L * 1000 * 1000;
    private static final String AUTH = RawHttp.basic(CallfireSandbox.DEFAULT_USERNAME, CallfireSandbox.DEFAULT_PASSWORD);

    private ChildSandbox child;
    private int port;

    @BeforeEach
    void startChild() throws IOException {
        child = ChildSandbox.start(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"), "--action-delay", "0");
        port = child.port();
    }

    @AfterEach
    void stopChild() throws InterruptedException {
        child.close();
    }

    @Test
    void concurrentSixtyMegabyteUploadsGet413WhileOthersAreAnsweredUnderA256MbHeap() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/texts"))
                    .header("Authorization", AUTH).timeout(Duration.ofSeconds(30)).build();
            // a first request pays for the client's start-up, which on a loaded machine outlasted the uploads
            assertThat(client.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            List<CompletableFuture<RawHttp.Answer>> uploads = new ArrayList<>();
            for (int i = 0; i < UPLOADS_EACH_WAY; i++) {
                uploads.add(CompletableFuture.supplyAsync(() -> upload(pool, false), pool));
                uploads.add(CompletableFuture.supplyAsync(() -> upload(pool, true), pool));
            }
            CompletableFuture<Void> allUploads = CompletableFuture.allOf(uploads.toArray(CompletableFuture[]::new));
            AtomicInteger answeredDuringUploads = new AtomicInteger();
            while (!allUploads.isDone()) {
                assertThat(client.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                if (!allUploads.isDone()) {
                    answeredDuringUploads.incrementAndGet();
                }
            }
            for (CompletableFuture<RawHttp.Answer> upload : uploads) {
                RawHttp.Answer answer = upload.get();
                assertThat(answer.status()).isEqualTo(413);
                GatewayLimitsTest.assertCallfireError(answer, 413, "Request entity too large");
            }
            // answers while 480 MB of uploads were still being sent
            assertThat(answeredDuringUploads.get()).isPositive();
            assertThat(child.isAlive()).as("the sandbox survived").isTrue();
            assertThat(client.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Sends a 60 MB body from one thread and reads the answer on the calling one, as a real client would; done when
     * both are (the server reads and discards what follows its early answer).
     */
    private RawHttp.Answer upload(ExecutorService pool, boolean chunked) {
        try (Socket s = RawHttp.connect(port, 120_000)) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /v2/media HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + AUTH
                    + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                    + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + UPLOAD_BYTES) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            java.util.concurrent.Future<?> sending = pool.submit(() -> {
                byte[] block = new byte[1024 * 1024];
                byte[] size = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    for (long sent = 0; sent < UPLOAD_BYTES; sent += block.length) {
                        if (chunked) {
                            out.write(size);
                        }
                        out.write(block, 0, (int) Math.min(block.length, UPLOAD_BYTES - sent));
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        // paced to at least ~2.4 s per upload, so that other clients' requests fall inside it
                        Thread.sleep(40);
                    }
                } catch (IOException e) {
                    // the server answered and closed while the body was still on its way
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            RawHttp.Answer answer = RawHttp.read(s.getInputStream());
            sending.get();
            return answer;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
