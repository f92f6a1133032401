package io.github.camelcallfire.http;

import org.apache.hc.core5.http.ClassicHttpResponse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body of a binary download, read straight from the socket. Closing it releases the connection to the pool
 * (or discards it when not read to the end), so callers must close it.
 */
public final class ResponseStream extends FilterInputStream {

    private final ClassicHttpResponse response;

    public ResponseStream(InputStream content, ClassicHttpResponse response) {
        super(content);
        this.response = response;
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            response.close();
        }
    }
}
