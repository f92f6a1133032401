package io.github.camelcallfire.reliability;

import io.github.camelcallfire.testing.LoopbackProxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP proxy on a loopback port that asks for Basic proxy authentication (407) and, once a request carries
 * credentials, records them and refuses the request with a CallFire-style 403. Enough to prove that a request went
 * through the proxy with the proxy password, without forwarding anything.
 */
final class RefusingProxy extends LoopbackProxy {

    static final String REFUSAL = "{\"httpStatusCode\":403,\"internalCode\":0,\"message\":\"refused by the test proxy\"}";

    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final List<String> proxyAuthorizations = new CopyOnWriteArrayList<>();

    RefusingProxy() throws IOException {
        super("refusing-proxy");
    }

    /** The first line of every request received, e.g. {@code GET http://127.0.0.1:1234/v2/account HTTP/1.1}. */
    List<String> requestLines() {
        return requestLines;
    }

    /** The value of every Proxy-Authorization header received. */
    List<String> proxyAuthorizations() {
        return proxyAuthorizations;
    }

    /* requests without a body (the test sends GETs), several per connection as long as the client keeps it */
    @Override
    protected void serve(InputStream in, OutputStream out) throws IOException {
        for (String head = readHead(in); head != null; head = readHead(in)) {
            String[] lines = head.split("\r\n");
            requestLines.add(lines[0]);
            String credentials = header(lines, "proxy-authorization");
            if (credentials == null) {
                challenge(out);
            } else {
                proxyAuthorizations.add(credentials);
                byte[] body = REFUSAL.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                return;
            }
        }
    }
}
