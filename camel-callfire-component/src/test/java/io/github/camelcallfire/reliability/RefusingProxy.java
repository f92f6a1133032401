package io.github.camelcallfire.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP proxy on a loopback port that asks for Basic proxy authentication (407) and, once a request carries
 * credentials, records them and refuses the request with a CallFire-style 403. Enough to prove that a request went
 * through the proxy with the proxy password, without forwarding anything.
 */
final class RefusingProxy implements AutoCloseable {

    static final String REFUSAL = "{\"httpStatusCode\":403,\"internalCode\":0,\"message\":\"refused by the test proxy\"}";

    private final ServerSocket server;
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final List<String> proxyAuthorizations = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    RefusingProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptAll, "refusing-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The first line of every request received, e.g. {@code GET http://127.0.0.1:1234/v2/account HTTP/1.1}. */
    List<String> requestLines() {
        return requestLines;
    }

    /** The value of every Proxy-Authorization header received. */
    List<String> proxyAuthorizations() {
        return proxyAuthorizations;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                serve(socket.getInputStream(), socket.getOutputStream());
            } catch (IOException e) {
                // closed by the client or by close(): nothing left to serve on this connection
            }
        }
    }

    /* requests without a body (the test sends GETs), several per connection as long as the client keeps it */
    private void serve(InputStream in, OutputStream out) throws IOException {
        for (String head = readHead(in); head != null; head = readHead(in)) {
            String[] lines = head.split("\r\n");
            requestLines.add(lines[0]);
            String credentials = null;
            for (String line : lines) {
                if (line.toLowerCase(Locale.ROOT).startsWith("proxy-authorization:")) {
                    credentials = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            if (credentials == null) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
                        + "Proxy-Authenticate: Basic realm=\"test proxy\"\r\nContent-Length: 0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
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

    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
