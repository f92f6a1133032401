package io.github.camelcallfire.http;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Classifies I/O failures by whether the request can have reached CallFire. */
public final class ConnectFailures {

    private ConnectFailures() {
    }

    /** True when no byte of the request left this machine: the connection was never established. */
    static boolean beforeAnyByteSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof ConnectTimeoutException
                || failure instanceof NoRouteToHostException || failure instanceof UnknownHostException;
    }

    /**
     * True when the request certainly did not reach CallFire: the connection was never established, or our own pool
     * or rate limit gave no permit in time.
     */
    public static boolean nothingSent(IOException failure) {
        return beforeAnyByteSent(failure) || failure instanceof ConnectionRequestTimeoutException;
    }

    /**
     * True for failures worth another attempt of an idempotent request. A pool-lease timeout is our own limit, a TLS
     * failure a configuration problem and an interruption a request to stop: repeating them changes nothing.
     */
    static boolean transientFailure(IOException failure) {
        if (failure instanceof ConnectionRequestTimeoutException || failure instanceof SSLException) {
            return false;
        }
        return !(failure instanceof InterruptedIOException) || failure instanceof SocketTimeoutException
                || failure instanceof ConnectTimeoutException;
    }
}
