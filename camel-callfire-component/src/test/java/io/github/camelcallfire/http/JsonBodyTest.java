package io.github.camelcallfire.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request body of sends: the first bytes of the caller's buffer, as often as HttpClient asks for them. Sends
 * through the sandbox use it on every request; this pins what HttpClient may ask besides writing it once.
 */
class JsonBodyTest {

    private static final byte[] BUFFER = "[{\"phoneNumber\":\"12135551100\"}]GARBAGE".getBytes(StandardCharsets.UTF_8);
    private static final int LENGTH = BUFFER.length - "GARBAGE".length();

    @Test
    void givesTheFirstBytesOfTheBufferAsOftenAsAsked() throws Exception {
        JsonBody body = new JsonBody(BUFFER, LENGTH);

        for (int i = 0; i < 2; i++) {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            body.writeTo(written);
            assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo("[{\"phoneNumber\":\"12135551100\"}]");
            try (InputStream content = body.getContent()) {
                assertThat(content.readAllBytes()).isEqualTo(written.toByteArray());
            }
        }
        assertThat(body.getContentLength()).isEqualTo(LENGTH);
        assertThat(body.isRepeatable()).isTrue();
        assertThat(body.isStreaming()).isFalse();
        assertThat(body.isChunked()).isFalse();
        assertThat(body.getContentType()).isEqualTo("application/json; charset=UTF-8");
    }
}
