package io.github.camelcallfire.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the test proxies share: a loopback port served one connection at a time, request heads read byte by byte,
 * the Basic challenge they answer a request without the right credentials with, and forwarding one request to the
 * host its absolute URI names.
 */
public abstract class LoopbackProxy implements AutoCloseable {

    private final ServerSocket server;

    protected LoopbackProxy(String threadName) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, threadName);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Serves the requests of one connection; returns when it is done with it. */
    protected abstract void serve(InputStream in, OutputStream out) throws IOException;

    private void acceptAll() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                serve(socket.getInputStream(), socket.getOutputStream());
            } catch (IOException e) {
                // closed by the client or by close(): nothing left to serve on this connection
            }
        }
    }

    protected static void challenge(OutputStream out) throws IOException {
        out.write(("HTTP/1.1 407 Proxy Authentication Required\r\n"
                + "Proxy-Authenticate: Basic realm=\"test proxy\"\r\nContent-Length: 0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The head of the next request or answer up to its blank line, or null at the end of the stream. */
    protected static String readHead(InputStream in) throws IOException {
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
    protected static String header(String[] lines, String name) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                return lines[i].substring(lines[i].indexOf(':') + 1).trim();
            }
        }
        return null;
    }

    /* origin-form request line, hop-by-hop and proxy headers dropped, one request, the answer relayed whole */
    protected static void forward(String[] lines, byte[] body, OutputStream out) throws IOException {
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

    @Override
    public void close() throws IOException {
        server.close();
    }
}
