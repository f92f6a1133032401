package io.github.camelcallfire.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code --max-body-bytes} and {@code --header-timeout} of the standalone sandbox. */
class SandboxMainLimitsTest {

    @Test
    void commandLineSetsTheBodyLimitAndTheHeaderTimeout() throws Exception {
        try (ChildSandbox child = ChildSandbox.start(List.of("-Xmx128m"), "--max-body-bytes", "1000",
                "--header-timeout", "1000", "--threads", "2")) {
            try (Socket s = RawHttp.connect(child.port(), 10_000)) {
                s.getOutputStream().write("POST /v2/texts HTTP/1.1\r\nHost: x\r\nContent-Length: 1001\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                RawHttp.Answer answer = RawHttp.read(s.getInputStream());
                assertThat(answer.status()).isEqualTo(413);
                GatewayLimitsTest.assertCallfireError(answer, 413,
                        "Request entity too large: the limit is 1000 bytes");
            }
            try (Socket s = RawHttp.connect(child.port(), 10_000)) {
                s.getOutputStream().write("GET /v2/texts HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
                RawHttp.Answer answer = RawHttp.read(s.getInputStream());
                assertThat(answer.status()).isEqualTo(408);
                GatewayLimitsTest.assertCallfireError(answer, 408,
                        "Request timeout: the request head did not arrive within 1000 ms");
                assertThat(RawHttp.closedByServer(s.getInputStream())).isTrue();
            }
        }
    }
}
