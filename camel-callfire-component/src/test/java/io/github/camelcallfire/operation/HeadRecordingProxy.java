package io.github.camelcallfire.operation;

import io.github.camelcallfire.testing.LoopbackProxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain-HTTP forward proxy on a loopback port that keeps the head of every request it forwards: how a test sees the
 * headers the engine sends, which the sandbox does not record. One request per connection, relayed whole.
 */
final class HeadRecordingProxy extends LoopbackProxy {

    private final List<String[]> heads = new CopyOnWriteArrayList<>();

    HeadRecordingProxy() throws IOException {
        super("head-recording-proxy");
    }

    /** The value of header {@code name} in each request forwarded so far, oldest first (null where absent). */
    List<String> headerOfEach(String name) {
        return heads.stream().map(lines -> header(lines, name.toLowerCase(Locale.ROOT))).toList();
    }

    @Override
    protected void serve(InputStream in, OutputStream out) throws IOException {
        String head = readHead(in);
        if (head == null) {
            return;
        }
        String[] lines = head.split("\r\n");
        String length = header(lines, "content-length");
        byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
        heads.add(lines);
        forward(lines, body, out);
    }
}
