package io.github.camelcallfire.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's shared body buffer, made tiny: a body that does not fit waits, unread (its {@code 100 Continue} held
 * back), until the body holding the space is done; requests without a body are served meanwhile. A head over the
 * header limit is answered 431, a body that pauses longer than the header timeout 408; an idle connection is
 * closed without a word.
 */
class GatewayBodyBufferTest {

    private ExecutorService workers;
    private GatewayServer server;

    @BeforeEach
    void start() throws IOException {
        workers = Executors.newFixedThreadPool(2);
        server = new GatewayServer(new InetSocketAddress("127.0.0.1", 0), 50,
                new GatewayLimits(1000, 10_000, 30_000, 1024, 1000), workers);
        // answers {"received":N} with the size of the body it got
        server.createContext("/", exchange -> Exchanges.sendJson(exchange, 200,
                Json.MAPPER.valueToTree(Map.of("received", Exchanges.readBody(exchange).length)), Map.of()));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
        workers.shutdownNow();
    }

    @Test
    void bodyThatDoesNotFitWaitsUnreadUntilTheBufferIsFree() throws Exception {
        int port = server.getAddress().getPort();
        try (Socket first = RawHttp.connect(port, 10_000);
             Socket second = RawHttp.connect(port, 300);
             Socket plain = RawHttp.connect(port, 10_000)) {
            // the first body takes all 1000 bytes of the buffer ("100 Continue" says so), and is sent only in part
            OutputStream firstOut = first.getOutputStream();
            firstOut.write("POST /a HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 1000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.read(first.getInputStream()).status()).isEqualTo(100);
            firstOut.write("a".repeat(500).getBytes(StandardCharsets.US_ASCII));
            // the second waits for space: no "100 Continue" yet
            second.getOutputStream().write(("POST /b HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Content-Length: 800\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // a request without a body is served meanwhile
            plain.getOutputStream().write("GET /c HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            RawHttp.Answer plainAnswer = RawHttp.read(plain.getInputStream());
            assertThat(plainAnswer.json().get("received").asInt()).isZero();
            assertThat(nothingYet(second.getInputStream())).isTrue();

            firstOut.write("a".repeat(500).getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.read(first.getInputStream()).json().get("received").asInt()).isEqualTo(1000);

            second.setSoTimeout(10_000);
            RawHttp.Answer goAhead = RawHttp.read(second.getInputStream());
            assertThat(goAhead.status()).isEqualTo(100);
            second.getOutputStream().write("b".repeat(800).getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.read(second.getInputStream()).json().get("received").asInt()).isEqualTo(800);
        }
    }

    @Test
    void headOverTheHeaderLimitGets431() throws Exception {
        try (Socket s = RawHttp.connect(server.getAddress().getPort(), 10_000)) {
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "x".repeat(2000) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            RawHttp.Answer answer = RawHttp.read(s.getInputStream());
            assertThat(answer.status()).isEqualTo(431);
            GatewayLimitsTest.assertCallfireError(answer, 431, "Request header fields too large");
        }
    }

    @Test
    void bodyThatPausesLongerThanTheHeaderTimeoutGets408() throws Exception {
        GatewayServer quick = new GatewayServer(new InetSocketAddress("127.0.0.1", 0), 50,
                new GatewayLimits(1000, 500, 30_000, 1024, 1000), workers);
        quick.createContext("/", exchange -> Exchanges.sendJson(exchange, 200, Json.object(), Map.of()));
        quick.start();
        try (Socket s = RawHttp.connect(quick.getAddress().getPort(), 10_000)) {
            s.getOutputStream().write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n12345"
                    .getBytes(StandardCharsets.US_ASCII));
            RawHttp.Answer answer = RawHttp.read(s.getInputStream());
            assertThat(answer.status()).isEqualTo(408);
            GatewayLimitsTest.assertCallfireError(answer, 408, "Request timeout: no request body data for 500 ms");
        } finally {
            quick.stop();
        }
    }

    @Test
    void idleConnectionIsClosedSilentlyAfterTheIdleTimeout() throws Exception {
        GatewayServer quick = new GatewayServer(new InetSocketAddress("127.0.0.1", 0), 50,
                new GatewayLimits(1000, 10_000, 300, 1024, 1000), workers);
        quick.createContext("/", exchange -> Exchanges.sendJson(exchange, 200, Json.object(), Map.of()));
        quick.start();
        try (Socket s = RawHttp.connect(quick.getAddress().getPort(), 10_000)) {
            // one request, then nothing: the kept-alive connection ends without a byte of an answer
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.read(s.getInputStream()).status()).isEqualTo(200);
            assertThat(s.getInputStream().read()).isEqualTo(-1);
        } finally {
            quick.stop();
        }
    }

    private static boolean nothingYet(InputStream in) throws IOException {
        try {
            in.read();
            return false; // a byte, or the connection closed
        } catch (SocketTimeoutException e) {
            return true;
        }
    }
}
