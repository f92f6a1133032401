package io.github.camelcallfire.http;

import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The connection-level settings of a pool. Endpoints whose settings are equal share one pool, one retry policy and
 * one rate limit; credentials and base URL are per request and not part of it.
 *
 * @param rateLimit requests per second for all endpoints sharing the pool; 0 means no limit
 */
public record HttpSettings(long connectTimeoutMillis, long responseTimeoutMillis, long connectionRequestTimeoutMillis,
                           int maxConnections, String proxyHost, Integer proxyPort, String proxyUsername,
                           String proxyPassword, SSLContextParameters sslContextParameters, RetryPolicy retryPolicy,
                           double rateLimit, boolean trustAllCertificates) {

    public HttpSettings {
        requirePositive(connectTimeoutMillis, "connectTimeout");
        requirePositive(responseTimeoutMillis, "responseTimeout");
        requirePositive(connectionRequestTimeoutMillis, "connectionRequestTimeout");
        requirePositive(maxConnections, "maxConnections");
        if (rateLimit < 0 || Double.isNaN(rateLimit)) {
            throw new IllegalArgumentException("Option rateLimit must be 0 (no limit) or a positive number of "
                    + "requests per second, but was " + rateLimit);
        }
        if (trustAllCertificates && sslContextParameters != null) {
            throw new IllegalArgumentException("Options trustAllCertificates and sslContextParameters exclude each "
                    + "other: put the server's certificate into the trust store of sslContextParameters instead");
        }
    }

    /* a zero timeout means "wait forever" to HttpClient, exactly what these options exist to prevent */
    private static void requirePositive(long value, String option) {
        if (value <= 0) {
            throw new IllegalArgumentException("Option " + option + " must be positive (a zero timeout would wait "
                    + "forever), but was " + value);
        }
    }

    @Override
    public String toString() {
        // the proxy password stays out of logs and error messages
        return "HttpSettings[connectTimeout=" + connectTimeoutMillis + "ms, responseTimeout=" + responseTimeoutMillis
                + "ms, connectionRequestTimeout=" + connectionRequestTimeoutMillis + "ms, maxConnections="
                + maxConnections + ", proxy=" + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort)
                + ", " + retryPolicy + ", rateLimit=" + rateLimit + ", trustAllCertificates=" + trustAllCertificates
                + "]";
    }
}
