package io.github.camelcallfire.sandbox.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;

import io.github.camelcallfire.sandbox.http.Json;

/**
 * Sits in front of the API as a filter: {@link Recording}s keep request bodies as they arrived, {@link AnswerFields}
 * rules add fields to successful JSON answers. With neither active, a request passes untouched and costs nothing.
 */
public final class Wiretap extends Filter {

    private final List<AnswerFields> answerFields = new CopyOnWriteArrayList<>();
    private final List<Recording> recordings = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    public AnswerFields add(AnswerFields rule) {
        rule.validate(ids.incrementAndGet());
        answerFields.add(rule);
        return rule;
    }

    public Recording add(Recording recording) {
        recording.validate(ids.incrementAndGet());
        recordings.add(recording);
        return recording;
    }

    public List<AnswerFields> answerFields() {
        return List.copyOf(answerFields);
    }

    public Optional<Recording> recording(long id) {
        return recordings.stream().filter(r -> r.getId() == id).findFirst();
    }

    public void clearAnswerFields() {
        answerFields.clear();
    }

    public void clearRecordings() {
        recordings.clear();
    }

    public void clear() {
        clearAnswerFields();
        clearRecordings();
    }

    @Override
    public String description() {
        return "Sandbox wiretap: request recordings and answer fields";
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (recordings.isEmpty() && answerFields.isEmpty()) {
            chain.doFilter(exchange);
            return;
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        List<Recording> recording = recordings.stream().filter(r -> r.matches(method, path)).toList();
        if (!recording.isEmpty()) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            recording.forEach(r -> r.add(method, path, exchange.getRequestURI().getRawQuery(), body));
            exchange.setStreams(new ByteArrayInputStream(body), null);
        }
        List<AnswerFields> rules = answerFields.stream().filter(r -> r.matches(method, path)).toList();
        if (rules.isEmpty()) {
            chain.doFilter(exchange);
            return;
        }
        AnswerRewrite rewrite = new AnswerRewrite(exchange, rules);
        try {
            chain.doFilter(rewrite);
        } finally {
            rewrite.close();
        }
    }

    /**
     * Holds the answer back until it is complete, then adds the fields to a successful JSON answer and sends it with
     * its new length. A connection the sandbox drops (closed before any answer) stays dropped.
     */
    private static final class AnswerRewrite extends HttpExchange {

        private final HttpExchange exchange;
        private final List<AnswerFields> rules;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private int status = -1;
        private boolean noBody;
        private boolean closed;

        AnswerRewrite(HttpExchange exchange, List<AnswerFields> rules) {
            this.exchange = exchange;
            this.rules = rules;
        }

        @Override
        public void sendResponseHeaders(int code, long length) {
            status = code;
            noBody = length == -1;
        }

        @Override
        public OutputStream getResponseBody() {
            return body;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (status >= 0) {
                    byte[] bytes = rewritten();
                    exchange.sendResponseHeaders(status, noBody && bytes.length == 0 ? -1 : bytes.length);
                    if (bytes.length > 0) {
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(bytes);
                        }
                    }
                }
            } catch (IOException e) {
                // the client went away: nothing left to answer
            } finally {
                exchange.close();
            }
        }

        private byte[] rewritten() {
            byte[] bytes = body.toByteArray();
            String type = exchange.getResponseHeaders().getFirst("Content-Type");
            if (status < 200 || status > 299 || bytes.length == 0 || type == null || !type.contains("json")) {
                return bytes;
            }
            try {
                JsonNode answer = Json.MAPPER.readTree(bytes);
                rules.forEach(rule -> rule.applyTo(answer));
                return Json.MAPPER.writeValueAsBytes(answer);
            } catch (IOException e) {
                return bytes; // not JSON after all (a malformed-answer fault): leave it as it is
            }
        }

        @Override
        public Headers getRequestHeaders() {
            return exchange.getRequestHeaders();
        }

        @Override
        public Headers getResponseHeaders() {
            return exchange.getResponseHeaders();
        }

        @Override
        public URI getRequestURI() {
            return exchange.getRequestURI();
        }

        @Override
        public String getRequestMethod() {
            return exchange.getRequestMethod();
        }

        @Override
        public HttpContext getHttpContext() {
            return exchange.getHttpContext();
        }

        @Override
        public InputStream getRequestBody() {
            return exchange.getRequestBody();
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return exchange.getRemoteAddress();
        }

        @Override
        public int getResponseCode() {
            return status;
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return exchange.getLocalAddress();
        }

        @Override
        public String getProtocol() {
            return exchange.getProtocol();
        }

        @Override
        public Object getAttribute(String name) {
            return exchange.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            exchange.setAttribute(name, value);
        }

        @Override
        public void setStreams(InputStream in, OutputStream out) {
            exchange.setStreams(in, null);
        }

        @Override
        public HttpPrincipal getPrincipal() {
            return exchange.getPrincipal();
        }
    }
}
