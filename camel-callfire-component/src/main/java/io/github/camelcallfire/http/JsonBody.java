package io.github.camelcallfire.http;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.IOException;

/**
 * A JSON request body sent from the caller's buffer without a copy. Its content type is one constant string:
 * HttpClient's own byte entity formats its {@link ContentType} anew for every request, which showed in profiles of
 * one-text sends.
 */
public final class JsonBody extends AbstractHttpEntity {

    private static final String CONTENT_TYPE = ContentType.APPLICATION_JSON.toString();

    private final byte[] bytes;
    private final int length;

    /** The first {@code length} bytes of {@code bytes}, which must not change until the request is done. */
    public JsonBody(byte[] bytes, int length) {
        super(CONTENT_TYPE, null, false);
        this.bytes = bytes;
        this.length = length;
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public long getContentLength() {
        return length;
    }

    @Override
    public InputStream getContent() {
        return new ByteArrayInputStream(bytes, 0, length);
    }

    /* the connection flushes when it closes the body's stream, right after this */
    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public void close() {
    }
}
