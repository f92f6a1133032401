package io.github.camelcallfire.sandbox.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpHandler;

/**
 * The sandbox's HTTP/1.1 server, built like an API gateway in front of the handlers: one selector thread accepts
 * connections and reads every request whole — head and body — without blocking, enforcing {@link GatewayLimits};
 * only a complete request takes one of the request threads, which runs the handler (a JDK {@link HttpHandler} on a
 * {@link GatewayExchange}) and writes its answer.
 *
 * <p>So slow or idle connections cost a socket, never a request thread: a head that has not arrived within the
 * header timeout is answered 408, a {@code Content-Length} over the limit 413 before its body is read, a chunked
 * body 413 when it passes the limit; bodies within the limit share a bounded buffer. Each of these answers carries
 * CallFire's error JSON, after which the connection is closed the way gateways close it: output shut down, the rest
 * of the request read and discarded for a moment, so the client reads the answer instead of a reset.
 */
public final class GatewayServer {

    private static final Logger LOG = Logger.getLogger(GatewayServer.class.getName());
    private static final long TICK_MS = 100;
    private static final long WRITE_TIMEOUT_MS = 60_000;
    private static final long LINGER_QUIET_MS = 2_000;
    private static final long LINGER_MAX_MS = 30_000;
    private static final int MAX_CHUNK_LINE = 4096;
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private enum State { IDLE, HEAD, BODY, PARKED, PROCESSING, WRITING, LINGER, CLOSED }

    /** What follows once an answer is written. */
    private enum After { KEEP_ALIVE, CLOSE, LINGER, READ_BODY }

    private final GatewayLimits limits;
    private final ExecutorService workers;
    private final ServerSocketChannel serverChannel;
    private final Selector selector;
    private final List<GatewayExchange.GatewayContext> contexts = new ArrayList<>();
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Set<Connection> connections = new HashSet<>();
    private final ArrayDeque<Connection> parked = new ArrayDeque<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private final InetSocketAddress address;
    private final Thread thread;
    private long bodyBufferFree;
    private boolean acceptPaused;
    private volatile boolean running;

    public GatewayServer(InetSocketAddress bind, int backlog, GatewayLimits limits, ExecutorService workers)
            throws IOException {
        this.limits = limits;
        this.workers = workers;
        this.bodyBufferFree = limits.bodyBufferBytes();
        this.selector = Selector.open();
        this.serverChannel = ServerSocketChannel.open();
        try {
            serverChannel.bind(bind, backlog);
            serverChannel.configureBlocking(false);
            serverChannel.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            serverChannel.close();
            selector.close();
            throw e;
        }
        this.address = (InetSocketAddress) serverChannel.getLocalAddress();
        this.thread = new Thread(this::loop, "callfire-sandbox-gateway-" + address.getPort());
        thread.setDaemon(true);
    }

    /** Requests whose path starts with {@code path} go to {@code handler}; the longest such path wins. */
    public synchronized void createContext(String path, HttpHandler handler) {
        contexts.add(new GatewayExchange.GatewayContext(path, handler));
        contexts.sort(Comparator.comparingInt((GatewayExchange.GatewayContext c) -> c.getPath().length()).reversed());
    }

    public void start() {
        running = true;
        thread.start();
    }

    public InetSocketAddress getAddress() {
        return address;
    }

    public GatewayLimits limits() {
        return limits;
    }

    /** Closes the listening socket and every connection; requests being handled lose their answer. */
    public void stop() {
        running = false;
        selector.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- selector thread

    private void loop() {
        long nextSweep = System.currentTimeMillis() + TICK_MS;
        try {
            while (running) {
                try {
                    nextSweep = serveOnce(nextSweep);
                } catch (IOException | RuntimeException | Error e) {
                    // whatever one round met, the gateway goes on serving (a closed selector ends it below)
                    log(Level.WARNING, "sandbox gateway round failed", e);
                    if (!selector.isOpen()) {
                        return;
                    }
                }
            }
        } finally {
            for (Connection c : new ArrayList<>(connections)) {
                try {
                    c.close();
                } catch (RuntimeException | Error e) {
                    log(Level.FINE, "closing a connection", e);
                }
            }
            try {
                serverChannel.close();
                selector.close();
            } catch (IOException | RuntimeException | Error e) {
                log(Level.FINE, "closing the gateway", e);
            }
        }
    }

    /** One select round: tasks from request threads, ready keys, deadlines; answers when the next sweep is due. */
    private long serveOnce(long nextSweep) throws IOException {
        selector.select(TICK_MS);
        Runnable task;
        while ((task = tasks.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                log(Level.WARNING, "sandbox gateway task failed", e);
            }
        }
        Set<SelectionKey> selected = selector.selectedKeys();
        try {
            serveReady(selected);
        } finally {
            selected.clear();
        }
        long now = System.currentTimeMillis();
        if (now >= nextSweep) {
            sweep(now);
            return now + TICK_MS;
        }
        return nextSweep;
    }

    private void serveReady(Set<SelectionKey> selected) {
        for (SelectionKey key : selected) {
            if (!key.isValid()) {
                continue;
            }
            if (key.attachment() == null) {
                try {
                    accept();
                } catch (IOException | RuntimeException | Error e) {
                    // e.g. out of file descriptors: the connections already open go on being served, and
                    // accepting pauses for a tick rather than spinning on a listening socket still ready
                    log(Level.WARNING, "sandbox gateway cannot accept a connection: " + e);
                    key.interestOps(0);
                    acceptPaused = true;
                }
                continue;
            }
            Connection c = (Connection) key.attachment();
            try {
                if (key.isWritable()) {
                    c.onWritable();
                }
                if (key.isValid() && key.isReadable()) {
                    c.onReadable();
                }
            } catch (IOException | RuntimeException | Error e) {
                // one connection's failure never stops the gateway
                log(Level.FINE, "connection failed", e);
                try {
                    c.close();
                } catch (RuntimeException | Error again) {
                    log(Level.FINE, "closing a failed connection", again);
                }
            }
        }
    }

    /** Logging can fail itself (out of file descriptors, its formatter cannot load time-zone data): never fatal. */
    private static void log(Level level, String message, Throwable e) {
        try {
            LOG.log(level, message, e);
        } catch (RuntimeException | Error ignored) {
            // nothing better to do
        }
    }

    private static void log(Level level, String message) {
        log(level, message, null);
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = serverChannel.accept()) != null) {
            try {
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                Connection c = new Connection(channel);
                c.key = channel.register(selector, SelectionKey.OP_READ, c);
                connections.add(c);
                c.idle(System.currentTimeMillis());
            } catch (IOException e) {
                channel.close();
            }
        }
    }

    private void sweep(long now) {
        if (acceptPaused) {
            acceptPaused = false;
            SelectionKey accepting = serverChannel.keyFor(selector);
            if (accepting != null && accepting.isValid()) {
                accepting.interestOps(SelectionKey.OP_ACCEPT);
            }
        }
        for (Connection c : new ArrayList<>(connections)) {
            if (c.deadline == 0 || now < c.deadline) {
                continue;
            }
            try {
                switch (c.state) {
                    case HEAD -> c.refuse(408, "Request timeout: the request head did not arrive within "
                            + limits.headerTimeoutMs() + " ms", "Send the request line and headers within the"
                            + " sandbox's header timeout (--header-timeout)");
                    case BODY -> c.refuse(408, "Request timeout: no request body data for "
                            + limits.headerTimeoutMs() + " ms", "Send the body without pausing longer than the"
                            + " sandbox's header timeout (--header-timeout)");
                    default -> c.close();
                }
            } catch (RuntimeException | Error e) {
                log(Level.FINE, "connection failed", e);
                c.close();
            }
        }
    }

    private void post(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    private synchronized GatewayExchange.GatewayContext contextFor(String path) {
        for (GatewayExchange.GatewayContext c : contexts) {
            if (path.startsWith(c.getPath())) {
                return c;
            }
        }
        return null;
    }

    private boolean reserve(long bytes) {
        if (bytes > bodyBufferFree) {
            return false;
        }
        bodyBufferFree -= bytes;
        return true;
    }

    private void release(long bytes) {
        if (bytes == 0) {
            return;
        }
        bodyBufferFree += bytes;
        while (!parked.isEmpty()) {
            Connection c = parked.peek();
            if (c.state != State.PARKED) {
                parked.poll();
                continue;
            }
            if (!c.startBody()) {
                return;
            }
            parked.poll();
            if (c.expectContinue) {
                c.continueIfExpected(); // reads on once "100 Continue" is out
            } else {
                c.resume();
            }
        }
    }

    // ---------------------------------------------------------------- one connection

    private final class Connection {
        final SocketChannel channel;
        SelectionKey key;
        State state = State.IDLE;
        long deadline;
        long lingerEnd;

        byte[] head = new byte[1024];
        int headLength;
        byte[] stash;

        String method;
        String target;
        String protocol;
        Headers headers;
        boolean keepAlive;
        boolean expectContinue;
        boolean chunked;
        long contentLength;

        long reserved;
        byte[] body;
        int bodyLength;

        // chunked decoding
        int chunkPhase; // 0 size line, 1 data, 2 CRLF after data, 3 trailers
        long chunkRemaining;
        final StringBuilder chunkLine = new StringBuilder();

        ByteBuffer[] out;
        After after;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void idle(long now) {
            state = State.IDLE;
            deadline = now + limits.idleTimeoutMs();
            headLength = 0;
            if (head.length > 8192) {
                head = new byte[1024];
            }
            method = null;
            target = null;
            protocol = null;
            headers = null;
            body = null;
            bodyLength = 0;
            chunked = false;
            expectContinue = false;
            contentLength = 0;
            chunkPhase = 0;
            chunkLine.setLength(0);
        }

        void interest(int ops) {
            if (key.isValid()) {
                key.interestOps(ops);
            }
        }

        void onReadable() throws IOException {
            readBuffer.clear();
            int n = channel.read(readBuffer);
            if (n < 0) {
                if (state == State.LINGER || state == State.IDLE || state == State.HEAD || state == State.BODY) {
                    close();
                } else {
                    // the client half-closed while its answer is pending: stop reading, answer anyway
                    interest(key.interestOps() & ~SelectionKey.OP_READ);
                }
                return;
            }
            readBuffer.flip();
            if (state == State.LINGER) {
                deadline = Math.min(System.currentTimeMillis() + LINGER_QUIET_MS, lingerEnd);
                return;
            }
            feed(readBuffer);
        }

        /** Consumes bytes read from the client; what a state that reads no more cannot take is kept for later. */
        void feed(ByteBuffer src) {
            while (src.hasRemaining()) {
                switch (state) {
                    case IDLE, HEAD -> readHead(src);
                    case BODY -> {
                        if (chunked) {
                            readChunked(src);
                        } else {
                            readFixed(src);
                        }
                    }
                    case LINGER, CLOSED -> src.position(src.limit());
                    default -> {
                        keep(src);
                        return;
                    }
                }
            }
        }

        void keep(ByteBuffer src) {
            int n = src.remaining();
            if (stash == null) {
                stash = new byte[n];
                src.get(stash);
            } else {
                byte[] more = Arrays.copyOf(stash, stash.length + n);
                src.get(more, stash.length, n);
                stash = more;
            }
        }

        /** Feeds kept bytes (a pipelined request, a body that waited for buffer space) and reads on. */
        void resume() {
            if (stash != null) {
                byte[] kept = stash;
                stash = null;
                feed(ByteBuffer.wrap(kept));
            }
            if (state == State.IDLE || state == State.HEAD || state == State.BODY) {
                interest(SelectionKey.OP_READ);
            }
        }

        void readHead(ByteBuffer src) {
            while (src.hasRemaining()) {
                byte b = src.get();
                if (state == State.IDLE) {
                    if (b == '\r' || b == '\n') {
                        continue; // empty lines before a request line are ignored (RFC 9112 2.2)
                    }
                    state = State.HEAD;
                    deadline = System.currentTimeMillis() + limits.headerTimeoutMs();
                }
                if (headLength == head.length) {
                    if (headLength >= limits.maxHeaderBytes()) {
                        refuse(431, "Request header fields too large: more than " + limits.maxHeaderBytes()
                                + " bytes", "The request line and headers must fit in " + limits.maxHeaderBytes()
                                + " bytes");
                        return;
                    }
                    head = Arrays.copyOf(head, Math.min(head.length * 2, limits.maxHeaderBytes()));
                }
                head[headLength++] = b;
                if (b == '\n' && (endsWith("\r\n\r\n") || endsWith("\n\n"))) {
                    parseHead();
                    return;
                }
            }
        }

        boolean endsWith(String end) {
            int n = end.length();
            if (headLength < n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (head[headLength - n + i] != end.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        void parseHead() {
            String text = new String(head, 0, headLength, StandardCharsets.ISO_8859_1);
            String[] lines = text.split("\r?\n");
            String[] requestLine = lines[0].split(" ");
            if (requestLine.length != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty()) {
                badRequest("Malformed request line");
                return;
            }
            method = requestLine[0];
            target = requestLine[1];
            protocol = requestLine[2];
            if (!protocol.equals("HTTP/1.1") && !protocol.equals("HTTP/1.0")) {
                badRequest("Unsupported protocol " + protocol);
                return;
            }
            headers = new Headers();
            String last = null;
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.isEmpty()) {
                    break;
                }
                if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                    List<String> values = headers.get(last);
                    values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.trim());
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    badRequest("Malformed header line");
                    return;
                }
                last = line.substring(0, colon).trim();
                headers.add(last, line.substring(colon + 1).trim());
            }
            String connection = joined("Connection");
            keepAlive = protocol.equals("HTTP/1.1")
                    ? connection == null || !hasToken(connection, "close")
                    : connection != null && hasToken(connection, "keep-alive");
            expectContinue = protocol.equals("HTTP/1.1") && "100-continue".equalsIgnoreCase(headers.getFirst("Expect"));
            String transferEncoding = joined("Transfer-Encoding");
            List<String> lengths = headers.get("Content-Length");
            if (transferEncoding != null && !transferEncoding.equalsIgnoreCase("identity")) {
                String[] codings = transferEncoding.split(",");
                if (!codings[codings.length - 1].trim().equalsIgnoreCase("chunked")) {
                    badRequest("Unsupported Transfer-Encoding: " + transferEncoding);
                    return;
                }
                chunked = true;
                if (lengths != null) {
                    keepAlive = false; // both framings: trust chunked, but never reuse such a connection
                }
            } else if (lengths != null) {
                long length = -1;
                for (String value : lengths) {
                    for (String part : value.split(",")) {
                        long parsed;
                        try {
                            parsed = Long.parseLong(part.trim());
                        } catch (NumberFormatException e) {
                            parsed = -1;
                        }
                        if (parsed < 0 || length >= 0 && parsed != length) {
                            badRequest("Invalid Content-Length: " + value);
                            return;
                        }
                        length = parsed;
                    }
                }
                contentLength = length;
                if (contentLength > limits.maxBodyBytes()) {
                    tooLarge("Content-Length " + contentLength);
                    return;
                }
            }
            if (!chunked && contentLength == 0) {
                dispatch();
                return;
            }
            if (!startBody()) {
                state = State.PARKED;
                deadline = 0;
                interest(0);
                parked.add(this);
                return;
            }
            continueIfExpected();
        }

        String joined(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(",", values);
        }

        boolean hasToken(String value, String token) {
            for (String part : value.split(",")) {
                if (part.trim().equalsIgnoreCase(token)) {
                    return true;
                }
            }
            return false;
        }

        /** Takes buffer space for the body (all of the limit for a chunked one) and starts reading it. */
        boolean startBody() {
            long need = chunked ? limits.maxBodyBytes() : contentLength;
            if (!reserve(need)) {
                return false;
            }
            reserved = need;
            body = new byte[chunked ? (int) Math.min(8192, limits.maxBodyBytes()) : (int) contentLength];
            bodyLength = 0;
            state = State.BODY;
            deadline = System.currentTimeMillis() + limits.headerTimeoutMs();
            return true;
        }

        void continueIfExpected() {
            if (expectContinue && state == State.BODY) {
                expectContinue = false;
                write(new ByteBuffer[] {ByteBuffer.wrap(CONTINUE)}, After.READ_BODY);
            }
        }

        void readFixed(ByteBuffer src) {
            int n = (int) Math.min(src.remaining(), contentLength - bodyLength);
            src.get(body, bodyLength, n);
            bodyLength += n;
            deadline = System.currentTimeMillis() + limits.headerTimeoutMs();
            if (bodyLength == contentLength) {
                dispatch();
            }
        }

        void readChunked(ByteBuffer src) {
            deadline = System.currentTimeMillis() + limits.headerTimeoutMs();
            while (src.hasRemaining() && state == State.BODY) {
                if (chunkPhase == 1) {
                    int n = (int) Math.min(src.remaining(), chunkRemaining);
                    ensureBody(bodyLength + n);
                    src.get(body, bodyLength, n);
                    bodyLength += n;
                    chunkRemaining -= n;
                    if (chunkRemaining == 0) {
                        chunkPhase = 2;
                    }
                    continue;
                }
                char ch = (char) (src.get() & 0xff);
                if (ch != '\n') {
                    if (chunkLine.length() >= MAX_CHUNK_LINE) {
                        badRequest("Malformed chunked body: line too long");
                        return;
                    }
                    chunkLine.append(ch);
                    continue;
                }
                String line = chunkLine.toString().trim();
                chunkLine.setLength(0);
                switch (chunkPhase) {
                    case 0 -> {
                        int semicolon = line.indexOf(';');
                        String size = (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
                        long length;
                        try {
                            length = size.isEmpty() || size.length() > 15 ? -1 : Long.parseLong(size, 16);
                        } catch (NumberFormatException e) {
                            length = -1;
                        }
                        if (length < 0) {
                            badRequest("Malformed chunked body: bad chunk size '" + size + "'");
                            return;
                        }
                        if (bodyLength + length > limits.maxBodyBytes()) {
                            tooLarge("Chunked body of more than " + (bodyLength + length) + " bytes");
                            return;
                        }
                        chunkRemaining = length;
                        chunkPhase = length == 0 ? 3 : 1;
                    }
                    case 2 -> {
                        if (!line.isEmpty()) {
                            badRequest("Malformed chunked body: missing CRLF after chunk data");
                            return;
                        }
                        chunkPhase = 0;
                    }
                    default -> {
                        if (line.isEmpty()) {
                            // end of trailers: the body is complete; give back the buffer space it did not use
                            bodyFree(reserved - bodyLength);
                            reserved = bodyLength;
                            dispatch();
                            return;
                        }
                    }
                }
            }
        }

        void ensureBody(int size) {
            if (size > body.length) {
                long grown = Math.max(size, Math.min((long) body.length * 2, limits.maxBodyBytes()));
                body = Arrays.copyOf(body, (int) grown);
            }
        }

        void bodyFree(long bytes) {
            if (bytes > 0) {
                release(bytes);
            }
        }

        void badRequest(String message) {
            refuse(400, message, message);
        }

        void tooLarge(String what) {
            refuse(413, "Request entity too large: the limit is " + limits.maxBodyBytes() + " bytes",
                    what + " exceeds the sandbox's limit of " + limits.maxBodyBytes() + " bytes (--max-body-bytes)");
        }

        /** Answers with CallFire's error JSON, then closes the connection gracefully. */
        void refuse(int status, String message, String developerMessage) {
            dropBody();
            byte[] json;
            try {
                json = Json.MAPPER.writeValueAsBytes(ErrorBody.of(status, 0, message, developerMessage));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Headers h = new Headers();
            h.set("Content-Type", "application/json");
            keepAlive = false;
            write(response(status, h, json, json.length, true), After.LINGER);
        }

        void dropBody() {
            body = null;
            long r = reserved;
            reserved = 0;
            bodyFree(r);
        }

        void dispatch() {
            state = State.PROCESSING;
            deadline = 0;
            interest(0);
            URI uri;
            try {
                uri = new URI(target);
            } catch (URISyntaxException e) {
                badRequest("Malformed request target: " + e.getMessage());
                return;
            }
            GatewayExchange.GatewayContext context = contextFor(uri.getRawPath() == null ? "/" : uri.getRawPath());
            if (context == null) {
                refuse(404, "Not found: " + target, "Nothing is served at this path");
                return;
            }
            InetSocketAddress remote;
            try {
                remote = (InetSocketAddress) channel.getRemoteAddress();
            } catch (IOException e) {
                remote = null;
            }
            GatewayExchange exchange = new GatewayExchange(method, uri, protocol, headers, body, bodyLength,
                    address, remote, context, this::completed);
            try {
                workers.execute(() -> serve(context, exchange));
            } catch (RejectedExecutionException e) {
                dropBody(); // no request thread will give the space back
                close();
            }
        }

        /** On a request thread. */
        void serve(GatewayExchange.GatewayContext context, GatewayExchange exchange) {
            try {
                context.getHandler().handle(exchange);
            } catch (Throwable e) {
                // like the JDK server: an exception without an answer closes the connection without one
                log(Level.FINE, "handler failed", e);
            } finally {
                exchange.close();
            }
        }

        /** On a request thread: the handler's answer is complete (or the exchange closed without one). */
        void completed(GatewayExchange exchange, int status, Headers responseHeaders, byte[] data, int length) {
            long r = reserved;
            reserved = 0;
            body = null;
            if (status < 0) {
                post(() -> {
                    bodyFree(r);
                    close();
                });
                return;
            }
            boolean close = !keepAlive || hasToken(String.valueOf(responseHeaders.getFirst("Connection")), "close");
            ByteBuffer[] buffers = response(status, responseHeaders, data, length, "HEAD".equals(method), close);
            // the selector leaves a connection alone while it is processed, so the request thread may write at once
            try {
                writeSome(buffers);
            } catch (IOException e) {
                post(() -> {
                    bodyFree(r);
                    close();
                });
                return;
            }
            After then = close ? After.CLOSE : After.KEEP_ALIVE;
            post(() -> {
                bodyFree(r);
                if (state == State.PROCESSING) {
                    write(buffers, then);
                }
            });
        }

        ByteBuffer[] response(int status, Headers h, byte[] data, int length, boolean close) {
            return response(status, h, data, length, false, close);
        }

        ByteBuffer[] response(int status, Headers h, byte[] data, int length, boolean head, boolean close) {
            boolean bodiless = status < 200 || status == 204 || status == 304;
            StringBuilder s = new StringBuilder(256);
            s.append(protocol != null && protocol.equals("HTTP/1.0") ? "HTTP/1.0 " : "HTTP/1.1 ")
                    .append(status).append(' ').append(reason(status)).append("\r\n");
            for (Map.Entry<String, List<String>> e : h.entrySet()) {
                String name = e.getKey();
                if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Transfer-Encoding")
                        || name.equalsIgnoreCase("Connection") || name.equalsIgnoreCase("Date")) {
                    continue;
                }
                for (String v : e.getValue()) {
                    s.append(name).append(": ").append(v).append("\r\n");
                }
            }
            s.append("Date: ").append(HttpDate.now()).append("\r\n");
            if (!bodiless) {
                s.append("Content-Length: ").append(length).append("\r\n");
            }
            if (close) {
                s.append("Connection: close\r\n");
            } else if ("HTTP/1.0".equals(protocol)) {
                s.append("Connection: keep-alive\r\n");
            }
            s.append("\r\n");
            ByteBuffer top = ByteBuffer.wrap(s.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (bodiless || head || length == 0) {
                return new ByteBuffer[] {top};
            }
            return new ByteBuffer[] {top, ByteBuffer.wrap(data, 0, length)};
        }

        void writeSome(ByteBuffer[] buffers) throws IOException {
            while (remaining(buffers) > 0) {
                if (channel.write(buffers) == 0) {
                    return;
                }
            }
        }

        /** On the selector thread: writes what is left of an answer, then goes on as {@code then} says. */
        void write(ByteBuffer[] buffers, After then) {
            out = buffers;
            after = then;
            state = State.WRITING;
            deadline = System.currentTimeMillis() + WRITE_TIMEOUT_MS;
            try {
                onWritable();
            } catch (IOException e) {
                close();
            }
        }

        void onWritable() throws IOException {
            if (state != State.WRITING) {
                interest(key.interestOps() & ~SelectionKey.OP_WRITE);
                return;
            }
            long before = remaining(out);
            writeSome(out);
            if (remaining(out) > 0) {
                if (remaining(out) < before) {
                    deadline = System.currentTimeMillis() + WRITE_TIMEOUT_MS;
                }
                interest(SelectionKey.OP_WRITE);
                return;
            }
            out = null;
            long now = System.currentTimeMillis();
            switch (after) {
                case KEEP_ALIVE -> {
                    idle(now);
                    interest(SelectionKey.OP_READ);
                    resume();
                }
                case READ_BODY -> {
                    state = State.BODY;
                    deadline = now + limits.headerTimeoutMs();
                    interest(SelectionKey.OP_READ);
                    resume();
                }
                case LINGER -> {
                    state = State.LINGER;
                    stash = null;
                    lingerEnd = now + LINGER_MAX_MS;
                    deadline = now + LINGER_QUIET_MS;
                    try {
                        channel.shutdownOutput();
                    } catch (IOException e) {
                        close();
                        return;
                    }
                    interest(SelectionKey.OP_READ);
                }
                default -> close();
            }
        }

        long remaining(ByteBuffer[] buffers) {
            long n = 0;
            for (ByteBuffer b : buffers) {
                n += b.remaining();
            }
            return n;
        }

        void close() {
            if (state == State.CLOSED) {
                return;
            }
            boolean processing = state == State.PROCESSING;
            state = State.CLOSED;
            deadline = 0;
            connections.remove(this);
            if (!processing) {
                // while a request thread holds the body, completed() gives its buffer space back
                dropBody();
            }
            key.cancel();
            try {
                channel.close();
            } catch (IOException e) {
                log(Level.FINE, "closing a connection", e);
            }
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 100 -> "Continue";
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status " + status;
        };
    }

    /** The {@code Date} header, formatted once a second. */
    private static final class HttpDate {
        private record Stamp(long second, String text) {
        }

        private static volatile Stamp stamp = new Stamp(-1, "");

        static String now() {
            long s = System.currentTimeMillis() / 1000;
            Stamp current = stamp;
            if (current.second() != s) {
                current = new Stamp(s, DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
                stamp = current;
            }
            return current.text();
        }
    }
}
