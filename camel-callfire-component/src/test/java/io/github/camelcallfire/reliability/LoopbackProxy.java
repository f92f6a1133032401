package io.github.camelcallfire.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the test proxies share: a loopback port served one connection at a time, request heads read byte by byte,
 * the Basic challenge they answer a request without the right credentials with.
 */
abstract class LoopbackProxy implements AutoCloseable {

    private final ServerSocket server;

    LoopbackProxy(String threadName) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, threadName);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Serves the requests of one connection; returns when it is done with it. */
    abstract void serve(InputStream in, OutputStream out) throws IOException;

    private void acceptAll() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                serve(socket.getInputStream(), socket.getOutputStream());
            } catch (IOException e) {
                // closed by the client or by close(): nothing left to serve on this connection
            }
        }
    }

    static void challenge(OutputStream out) throws IOException {
        out.write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
                + "Proxy-Authenticate: Basic realm=\"test proxy\"\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The head of the next request or answer up to its blank line, or null at the end of the stream. */
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

    /** The value of the header {@code name} (lower case) in a head split into lines, or null. */
    static String header(String[] lines, String name) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                return lines[i].substring(lines[i].indexOf(':') + 1).trim();
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
