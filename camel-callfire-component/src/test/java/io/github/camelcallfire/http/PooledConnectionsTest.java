package io.github.camelcallfire.http;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.model.Account;
import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.testing.Faults;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Connections go back to the pool (or are closed) when they are done with, and a pooled connection keeps its socket
 * settings. With a pool of one connection and a short lease timeout, a connection that is never given back makes the
 * next request fail. Found by mutation testing (docs/testing.md): with the default pool of 20 connections, a leaked
 * connection went unnoticed.
 */
class PooledConnectionsTest extends CallfireTestSupport {

    private static final String ONE_CONNECTION = "maxConnections=1&connectionRequestTimeout=3000";

    /* guards: RetryingExecution.discard: the refused answer is read and closed before the retry */
    @Test
    void aRetriedAnswerGivesItsConnectionBackForTheRetry() {
        Fault unavailable = sandbox().addFault(Faults.status("GET", "/v2/me/account", 503, 3));

        Account account = template.requestBody("callfire:account/get?" + ONE_CONNECTION
                + "&maxRetries=3&retryInitialDelay=0&retryMaxDelay=0", null, Account.class);

        assertThat(account).isNotNull();
        assertThat(unavailable.getRemaining()).isZero();
    }

    /* guards: ResponseStream.close: closing a download, read or not, gives its connection back */
    @Test
    void aDownloadClosedUnreadGivesItsConnectionBack() throws Exception {
        String pool = "&" + ONE_CONNECTION + "&maxRetries=0";
        Exchange uploaded = template.request("callfire:media/upload?name=logo&fileName=logo.png" + pool,
                e -> e.getMessage().setBody(new byte[64 * 1024]));
        long id = uploaded.getMessage().getHeader(CallfireConstants.CREATED_ID, Long.class);

        for (int i = 0; i < 3; i++) {
            Exchange download = template.request("callfire:media/get-file?id=" + id + pool, e -> { });
            assertThat(download.getException()).isNull();
            download.getMessage().getBody(InputStream.class).close();
        }
        Exchange download = template.request("callfire:media/get-file?id=" + id + pool, e -> { });
        try (InputStream stream = download.getMessage().getBody(InputStream.class)) {
            assertThat(stream.readAllBytes()).hasSize(64 * 1024);
        }
        assertThat(template.requestBody("callfire:account/get?" + ONE_CONNECTION, null, Account.class)).isNotNull();
    }

    // ---- CredentialSafeConnection on a real socket to the sandbox ----------------------------------------------------

    /* guards: the factory binds a socket it is given (and names its connections) */
    @Test
    void aConnectionCreatedForASocketUsesIt() throws Exception {
        try (Socket socket = connected()) {
            ManagedHttpClientConnection connection = new CredentialSafeConnectionFactory().createConnection(socket);

            assertThat(connection.getSocket()).isSameAs(socket);
            assertThat(connection.isOpen()).isTrue();
            assertThat(((CredentialSafeConnection) connection).getId()).startsWith("callfire-");
            connection.close();
        }
    }

    /* guards: getSocket of a connection not opened yet is null, not a failure */
    @Test
    void anUnboundConnectionHasNoSocket() throws Exception {
        ManagedHttpClientConnection connection = new CredentialSafeConnectionFactory().createConnection(null);

        assertThat(connection.getSocket()).isNull();
        assertThat(connection.isOpen()).isFalse();
    }

    /* guards: close() closes the socket (the first time; the guard against closing twice must not skip it) */
    @Test
    void closingAConnectionClosesItsSocket() throws Exception {
        Socket socket = connected();
        ManagedHttpClientConnection connection = new CredentialSafeConnectionFactory().createConnection(socket);

        connection.close();

        assertThat(socket.isClosed()).isTrue();
        assertThat(connection.isOpen()).isFalse();
        connection.close();
    }

    /* guards: close(CloseMode) closes the socket too */
    @Test
    void shuttingAConnectionDownClosesItsSocket() throws Exception {
        Socket socket = connected();
        ManagedHttpClientConnection connection = new CredentialSafeConnectionFactory().createConnection(socket);

        connection.close(CloseMode.IMMEDIATE);

        assertThat(socket.isClosed()).isTrue();
        assertThat(connection.isOpen()).isFalse();
        connection.close(CloseMode.GRACEFUL);
    }

    /* guards: a connection shut down while it was being opened closes the socket that arrives late, and says so */
    @Test
    void aConnectionShutDownWhileOpeningClosesTheSocketThatArrivesLate() throws Exception {
        CredentialSafeConnection connection = (CredentialSafeConnection) new CredentialSafeConnectionFactory()
                .createConnection(null);
        connection.close(CloseMode.IMMEDIATE);
        Socket late = connected();

        assertThatThrownBy(() -> connection.bind(late)).isInstanceOf(InterruptedIOException.class)
                .hasMessageContaining(connection.getId()).hasMessageContaining("shut down");
        assertThat(late.isClosed()).isTrue();
        assertThat(connection.isOpen()).isFalse();
    }

    /*
     * guards: passivate/activate: an idle pooled connection waits without a socket timeout, and is given its timeout
     * back when it is leased again (the one it was bound with, or the last one set). HttpClient also sets the response
     * timeout per request, so through the component this is a second line of defence.
     */
    @Test
    void aPooledConnectionGetsItsSocketTimeoutBackWhenLeasedAgain() throws Exception {
        try (Socket socket = connected()) {
            socket.setSoTimeout(1_234);
            ManagedHttpClientConnection connection = new CredentialSafeConnectionFactory().createConnection(socket);

            connection.passivate();
            assertThat(socket.getSoTimeout()).as("idle").isZero();
            connection.activate();
            assertThat(socket.getSoTimeout()).as("leased again").isEqualTo(1_234);

            connection.setSocketTimeout(Timeout.ofMilliseconds(4_321));
            connection.passivate();
            assertThat(socket.getSoTimeout()).as("idle").isZero();
            connection.activate();
            assertThat(socket.getSoTimeout()).as("leased again after a new timeout").isEqualTo(4_321);
            connection.close();
        }
    }

    private static Socket connected() throws Exception {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", sandbox().port()), 5_000);
        return socket;
    }
}
