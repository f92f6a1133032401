package io.github.camelcallfire.operation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plain-HTTP forward proxy on a loopback port that keeps the head of every request it forwards: how a test sees the
 * headers the engine sends, which the sandbox does not record. One request per connection, relayed whole.
 */
final class HeadRecordingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final List<String[]> heads = new CopyOnWriteArrayList<>();

    HeadRecordingProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "head-recording-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The value of header {@code name} in each request forwarded so far, oldest first (null where absent). */
    List<String> headerOfEach(String name) {
        return heads.stream().map(lines -> header(lines, name.toLowerCase(Locale.ROOT))).toList();
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

    private void serve(InputStream in, OutputStream out) throws IOException {
        String head = readHead(in);
        if (head == null) {
            return;
        }
        String[] lines = head.split("\r\n");
        String length = header(lines, "content-length");
        byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
        heads.add(lines);
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
            String answerHead = readHead(fromServer);
            if (answerHead == null) {
                return;
            }
            StringBuilder answer = new StringBuilder();
            String[] answerLines = answerHead.split("\r\n");
            for (String line : answerLines) {
                if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                    answer.append(line).append("\r\n");
                }
            }
            answer.append("Connection: close\r\n\r\n");
            out.write(answer.toString().getBytes(StandardCharsets.ISO_8859_1));
            String answerLength = header(answerLines, "content-length");
            out.write(answerLength == null ? fromServer.readAllBytes()
                    : fromServer.readNBytes(Integer.parseInt(answerLength)));
            out.flush();
        }
    }

    private static String readHead(InputStream in) throws IOException {
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

    private static String header(String[] lines, String name) {
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
