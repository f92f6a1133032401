package io.github.camelcallfire.http;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates the pool's {@link CredentialSafeConnection}s. The first time one is created while HttpClient's wire log is
 * on, it says once that CallFire connections stay out of that log and how to see their traffic instead, so nobody
 * wonders where their wire log went.
 */
final class CredentialSafeConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    private static final String WIRE_LOG = "org.apache.hc.client5.http.wire";

    private static final Logger LOG = LoggerFactory.getLogger(CredentialSafeConnectionFactory.class);
    private static final AtomicLong COUNTER = new AtomicLong();

    private final AtomicBoolean wireLogNoticeGiven = new AtomicBoolean();

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        if (LoggerFactory.getLogger(WIRE_LOG).isDebugEnabled() && wireLogNoticeGiven.compareAndSet(false, true)) {
            LOG.info("{} is at DEBUG, but CallFire connections are not written to it: it would print the "
                    + "Authorization header with the CallFire credentials. To see their traffic, set "
                    + "org.apache.hc.client5.http.headers to DEBUG (request lines and headers, credentials shown as "
                    + "***) and use Camel's log or tracer for message bodies.", WIRE_LOG);
        }
        CredentialSafeConnection connection = new CredentialSafeConnection("callfire-" + COUNTER.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }
}
