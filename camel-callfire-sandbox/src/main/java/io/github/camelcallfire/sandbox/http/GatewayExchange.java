package io.github.camelcallfire.sandbox.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpPrincipal;
import com.sun.net.httpserver.HttpServer;

/**
 * One request of {@link GatewayServer}, already read whole (head and body), handed to a handler as the JDK's
 * {@link HttpExchange}. The answer is collected in memory and leaves when the exchange or its body stream is closed.
 */
final class GatewayExchange extends HttpExchange {

    /** Receives the finished answer: status, headers, body ({@code null} when the exchange closed unanswered). */
    interface Completion {
        void complete(GatewayExchange exchange, int status, Headers headers, byte[] body, int bodyLength);
    }

    private final String method;
    private final URI uri;
    private final String protocol;
    private final Headers requestHeaders;
    private final byte[] body;
    private final int bodyLength;
    private final InetSocketAddress local;
    private final InetSocketAddress remote;
    private final GatewayContext context;
    private final Completion completion;
    private final Headers responseHeaders = new Headers();
    private final Map<String, Object> attributes = new HashMap<>();
    private InputStream in;
    private ResponseStream responseStream;
    private OutputStream out;
    private int status = -1;
    private boolean finished;

    GatewayExchange(String method, URI uri, String protocol, Headers requestHeaders, byte[] body, int bodyLength,
                    InetSocketAddress local, InetSocketAddress remote, GatewayContext context, Completion completion) {
        this.method = method;
        this.uri = uri;
        this.protocol = protocol;
        this.requestHeaders = requestHeaders;
        this.body = body;
        this.bodyLength = bodyLength;
        this.local = local;
        this.remote = remote;
        this.context = context;
        this.completion = completion;
        this.in = new ByteArrayInputStream(body == null ? new byte[0] : body, 0, bodyLength);
    }

    /** The request body without a copy (the gateway already enforced the size limit). */
    byte[] bodyBytes() {
        if (body == null) {
            return new byte[0];
        }
        return bodyLength == body.length ? body : java.util.Arrays.copyOf(body, bodyLength);
    }

    @Override
    public Headers getRequestHeaders() {
        return requestHeaders;
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return uri;
    }

    @Override
    public String getRequestMethod() {
        return method;
    }

    @Override
    public HttpContext getHttpContext() {
        return context;
    }

    @Override
    public synchronized void close() {
        if (finished) {
            return;
        }
        if (status < 0) {
            // closed without an answer: the connection goes without a byte, as with the JDK server
            finished = true;
            completion.complete(this, -1, responseHeaders, null, 0);
            return;
        }
        finish();
    }

    @Override
    public InputStream getRequestBody() {
        return in;
    }

    @Override
    public OutputStream getResponseBody() {
        if (out == null) {
            responseStream = new ResponseStream();
            out = responseStream;
        }
        return out;
    }

    @Override
    public synchronized void sendResponseHeaders(int rCode, long responseLength) throws IOException {
        if (status >= 0) {
            throw new IOException("headers already sent");
        }
        if (rCode < 100 || rCode > 999) {
            throw new IllegalArgumentException("bad status " + rCode);
        }
        status = rCode;
        if (responseLength == -1 && responseStream == null) {
            getResponseBody();
        }
    }

    private synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        ResponseStream stream = responseStream;
        byte[] data = stream == null ? new byte[0] : stream.buffer();
        int length = stream == null ? 0 : stream.size();
        completion.complete(this, status, responseHeaders, data, length);
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return remote;
    }

    @Override
    public int getResponseCode() {
        return status;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return local;
    }

    @Override
    public String getProtocol() {
        return protocol;
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        if (i != null) {
            in = i;
        }
        if (o != null) {
            out = o;
        }
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return null;
    }

    /** Collects the answer body; closing it sends the answer. */
    private final class ResponseStream extends ByteArrayOutputStream {
        ResponseStream() {
            super(512);
        }

        byte[] buffer() {
            return buf;
        }

        @Override
        public void close() {
            if (status < 0) {
                throw new IllegalStateException("sendResponseHeaders must be called before the body is closed");
            }
            finish();
        }
    }

    /** The path a handler was registered under; the gateway has no filters or authenticators. */
    static final class GatewayContext extends HttpContext {
        private final String path;
        private HttpHandler handler;
        private final Map<String, Object> attributes = new HashMap<>();

        GatewayContext(String path, HttpHandler handler) {
            this.path = path;
            this.handler = handler;
        }

        @Override
        public HttpHandler getHandler() {
            return handler;
        }

        @Override
        public void setHandler(HttpHandler handler) {
            this.handler = handler;
        }

        @Override
        public String getPath() {
            return path;
        }

        @Override
        public HttpServer getServer() {
            return null;
        }

        @Override
        public Map<String, Object> getAttributes() {
            return attributes;
        }

        @Override
        public List<Filter> getFilters() {
            return List.of();
        }

        @Override
        public Authenticator setAuthenticator(Authenticator auth) {
            return null;
        }

        @Override
        public Authenticator getAuthenticator() {
            return null;
        }
    }
}
