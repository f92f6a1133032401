package io.github.camelcallfire.http;

import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.NoResponseOutOfOrderStrategy;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.message.RequestLine;
import org.apache.hc.core5.http.message.StatusLine;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A pooled HTTP/1.1 connection to CallFire (or through a proxy) that never writes credentials to a log.
 * <p>
 * HttpClient's own connection wraps its socket in a byte logger whenever {@code org.apache.hc.client5.http.wire} is
 * at DEBUG, and that log shows {@code Authorization: Basic <user:password in Base64>} for every request. This
 * connection binds its sockets without that wrapper, so no byte of the exchange reaches the wire log. It keeps the
 * header log ({@code org.apache.hc.client5.http.headers} at DEBUG) with the value of every credential header, and of
 * every header marked sensitive, replaced by {@code ***}: that judgement is made here by header name, so it does not
 * depend on how whoever added a header implemented its {@code toString()}.
 */
final class CredentialSafeConnection extends DefaultBHttpClientConnection
        implements ManagedHttpClientConnection, Identifiable {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialSafeConnection.class);
    /* HttpClient's name for it, so logging configurations written for HttpClient keep working */
    private static final Logger HEADER_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.headers");

    private final String id;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Timeout socketTimeout;

    CredentialSafeConnection(String id) {
        super(Http1Config.DEFAULT, null, null, null, null, NoResponseOutOfOrderStrategy.INSTANCE, null,
                DefaultHttpResponseParserFactory.INSTANCE);
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    /* binding goes through here for plain and TLS sockets alike; a plain SocketHolder means no wire logging */
    @Override
    protected void bind(SocketHolder socketHolder) throws IOException {
        if (closed.get()) {
            socketHolder.getSocket().close();
            throw new InterruptedIOException("Connection " + id + " was shut down while it was being opened");
        }
        super.bind(socketHolder);
        socketTimeout = Timeout.ofMilliseconds(socketHolder.getSocket().getSoTimeout());
    }

    @Override
    public Socket getSocket() {
        SocketHolder holder = getSocketHolder();
        return holder != null ? holder.getSocket() : null;
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        super.setSocketTimeout(timeout);
        socketTimeout = timeout;
    }

    /* an idle pooled connection waits without a timeout; activate restores the configured one */
    @Override
    public void passivate() {
        super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
        super.setSocketTimeout(socketTimeout);
    }

    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            LOG.debug("{} Close connection", id);
            super.close();
        }
    }

    @Override
    public void close(CloseMode closeMode) {
        if (closed.compareAndSet(false, true)) {
            LOG.debug("{} close connection {}", id, closeMode);
            super.close(closeMode);
        }
    }

    @Override
    protected void onRequestSubmitted(ClassicHttpRequest request) {
        if (request != null && HEADER_LOG.isDebugEnabled()) {
            HEADER_LOG.debug("{} >> {}", id, new RequestLine(request));
            logHeaders(">>", request);
        }
    }

    @Override
    protected void onResponseReceived(ClassicHttpResponse response) {
        if (response != null && HEADER_LOG.isDebugEnabled()) {
            HEADER_LOG.debug("{} << {}", id, new StatusLine(response));
            logHeaders("<<", response);
        }
    }

    private void logHeaders(String direction, HttpMessage message) {
        for (Header header : message.getHeaders()) {
            HEADER_LOG.debug("{} {} {}: {}", id, direction, header.getName(),
                    isCredential(header) ? "***" : header.getValue());
        }
    }

    private static boolean isCredential(Header header) {
        return header.isSensitive()
                || HttpHeaders.AUTHORIZATION.equalsIgnoreCase(header.getName())
                || HttpHeaders.PROXY_AUTHORIZATION.equalsIgnoreCase(header.getName());
    }
}
