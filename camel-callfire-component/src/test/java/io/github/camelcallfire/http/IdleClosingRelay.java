package io.github.camelcallfire.http;

import io.github.camelcallfire.testing.LoopbackProxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server in front of the sandbox with an idle timeout, as servers and load balancers have: it keeps a connection
 * open between requests (its answers say nothing about closing, so the client pools the connection) and closes it
 * once it was idle for the timeout, without telling the client. It keeps the head of each request, and answers the
 * download of a file with a redirect to the same file.
 */
final class IdleClosingRelay extends LoopbackProxy {

    private final int sandboxPort;
    private final long idleTimeoutMillis;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "idle-closer");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String[]> heads = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    IdleClosingRelay(int sandboxPort, long idleTimeoutMillis) throws IOException {
        super("idle-closing-relay");
        this.sandboxPort = sandboxPort;
        this.idleTimeoutMillis = idleTimeoutMillis;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v2";
    }

    int connections() {
        return connections.get();
    }

    /** The value of header {@code name} in each request so far, oldest first (null where absent). */
    List<String> headerOfEach(String name) {
        return heads.stream().map(lines -> header(lines, name.toLowerCase(Locale.ROOT))).toList();
    }

    List<String> requestLines() {
        return heads.stream().map(lines -> lines[0]).toList();
    }

    @Override
    public void close() throws IOException {
        closer.shutdownNow();
        super.close();
    }

    @Override
    protected void serve(InputStream in, OutputStream out) throws IOException {
        connections.incrementAndGet();
        ScheduledFuture<?> idle = null;
        // closing the socket's stream ends the readHead that waits for the next request
        for (String head = readHead(in); head != null; head = readHead(in)) {
            if (idle != null) {
                idle.cancel(false);
            }
            answer(head, in, out);
            idle = closer.schedule(() -> closeQuietly(in), idleTimeoutMillis, TimeUnit.MILLISECONDS);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the connection is gone already
        }
    }

    private void answer(String head, InputStream in, OutputStream out) throws IOException {
        String[] lines = head.split("\r\n");
        heads.add(lines);
        String length = header(lines, "content-length");
        byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
        String[] requestLine = lines[0].split(" ");
        if (requestLine[1].endsWith("/file")) {
            out.write(("HTTP/1.1 302 Found\r\nLocation: " + requestLine[1] + "?redirected=true\r\n"
                    + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return;
        }
        try (Socket sandbox = new Socket("127.0.0.1", sandboxPort)) {
            StringBuilder request = new StringBuilder(lines[0]).append("\r\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].toLowerCase(Locale.ROOT).startsWith("connection:")) {
                    request.append(lines[i]).append("\r\n");
                }
            }
            request.append("Connection: close\r\n\r\n");
            sandbox.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            sandbox.getOutputStream().write(body);
            sandbox.getOutputStream().flush();
            // the answer without the sandbox's Connection: close, so that the client keeps the connection
            InputStream answer = sandbox.getInputStream();
            String[] answerLines = readHead(answer).split("\r\n");
            StringBuilder response = new StringBuilder();
            for (String line : answerLines) {
                if (!line.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                    response.append(line).append("\r\n");
                }
            }
            out.write(response.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            String answerLength = header(answerLines, "content-length");
            out.write(answerLength == null ? answer.readAllBytes() : answer.readNBytes(Integer.parseInt(answerLength)));
            out.flush();
        }
    }
}
