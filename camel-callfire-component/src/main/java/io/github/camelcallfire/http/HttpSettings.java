package io.github.camelcallfire.http;

import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The connection-level settings of a pool. Endpoints whose settings are equal share one pool; credentials and base
 * URL are per request and not part of it.
 */
public record HttpSettings(long connectTimeoutMillis, long responseTimeoutMillis, long connectionRequestTimeoutMillis,
                           int maxConnections, String proxyHost, Integer proxyPort, String proxyUsername,
                           String proxyPassword, SSLContextParameters sslContextParameters) {

    @Override
    public String toString() {
        // the proxy password stays out of logs and error messages
        return "HttpSettings[connectTimeout=" + connectTimeoutMillis + "ms, responseTimeout=" + responseTimeoutMillis
                + "ms, connectionRequestTimeout=" + connectionRequestTimeoutMillis + "ms, maxConnections="
                + maxConnections + ", proxy=" + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort) + "]";
    }
}
