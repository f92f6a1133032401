package io.github.camelcallfire.reliability;

import io.github.camelcallfire.testing.LoopbackProxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain-HTTP forward proxy on a loopback port that needs a password: a request without the expected Basic
 * {@code Proxy-Authorization} gets 407, one with it is forwarded to the host its absolute URI names (without the
 * proxy credentials) and the answer is relayed back, one request per connection. Unlike {@link RefusingProxy}, a
 * request through it reaches the sandbox and succeeds, so the whole proxied exchange (challenge, credentials,
 * CallFire's Authorization, a retry) runs under the loggers.
 */
final class AuthenticatingProxy extends LoopbackProxy {

    private final String expectedCredentials;
    private final List<String> forwarded = new CopyOnWriteArrayList<>();
    private final List<String> refusedCredentials = new CopyOnWriteArrayList<>();

    AuthenticatingProxy(String username, String password) throws IOException {
        super("authenticating-proxy");
        expectedCredentials = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The request line of every request forwarded, e.g. {@code GET http://127.0.0.1:1234/v2/me/account HTTP/1.1}. */
    List<String> forwarded() {
        return forwarded;
    }

    /** Proxy-Authorization values that were present but wrong. */
    List<String> refusedCredentials() {
        return refusedCredentials;
    }

    @Override
    protected void serve(InputStream in, OutputStream out) throws IOException {
        for (String head = readHead(in); head != null; head = readHead(in)) {
            String[] lines = head.split("\r\n");
            String credentials = header(lines, "proxy-authorization");
            String length = header(lines, "content-length");
            byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
            if (!expectedCredentials.equals(credentials)) {
                if (credentials != null) {
                    refusedCredentials.add(credentials);
                }
                challenge(out);
                continue;
            }
            forwarded.add(lines[0]);
            forward(lines, body, out);
            return;
        }
    }
}
