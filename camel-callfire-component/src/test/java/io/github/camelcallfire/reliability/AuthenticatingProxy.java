package io.github.camelcallfire.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
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
    void serve(InputStream in, OutputStream out) throws IOException {
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

    /* origin-form request line, hop-by-hop and proxy headers dropped, one request, the answer relayed whole */
    private static void forward(String[] lines, byte[] body, OutputStream out) throws IOException {
        String[] requestLine = lines[0].split(" ");
        URI target = URI.create(requestLine[1]);
        StringBuilder request = new StringBuilder(requestLine[0]).append(' ').append(target.getRawPath())
                .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery()).append(' ')
                .append(requestLine[2]).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String name = lines[i].substring(0, Math.max(0, lines[i].indexOf(':'))).trim().toLowerCase(Locale.ROOT);
            if (!name.startsWith("proxy-") && !name.equals("connection") && !name.equals("keep-alive")) {
                request.append(lines[i]).append("\r\n");
            }
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
            OutputStream toServer = upstream.getOutputStream();
            toServer.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            toServer.write(body);
            toServer.flush();
            InputStream fromServer = upstream.getInputStream();
            String head = readHead(fromServer);
            if (head == null) {
                return;
            }
            StringBuilder response = new StringBuilder();
            String[] responseLines = head.split("\r\n");
            for (String line : responseLines) {
                if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                    response.append(line).append("\r\n");
                }
            }
            response.append("Connection: close\r\n\r\n");
            out.write(response.toString().getBytes(StandardCharsets.ISO_8859_1));
            String length = header(responseLines, "content-length");
            out.write(length == null ? fromServer.readAllBytes() : fromServer.readNBytes(Integer.parseInt(length)));
            out.flush();
        }
    }
}
