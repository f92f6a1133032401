package io.github.camelcallfire.benchmarks;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The raw contenders' HttpClient: pooled, with the component's default timeouts (connect 10 s, response 30 s, pool
 * lease 10 s). A client without a response timeout would do other work on the socket — the JDK reads a socket with a
 * timeout in non-blocking mode and waits in poll(), one without blocks in read() — and could hang forever, which is
 * not the same work as the component does.
 */
final class RawClients {

    private RawClients() {
    }

    static final RequestConfig TIMEOUTS = RequestConfig.custom()
            .setConnectionRequestTimeout(Timeout.ofSeconds(10))
            .setResponseTimeout(Timeout.ofSeconds(30))
            .build();

    static CloseableHttpClient pooled(int connections) {
        return HttpClients.custom()
                .setConnectionManager(pool(connections))
                .setDefaultRequestConfig(TIMEOUTS)
                .disableCookieManagement()
                .build();
    }

    /** HttpClient's minimal client on the same pool; it takes the timeouts from each request's context. */
    static CloseableHttpClient minimal(int connections) {
        return HttpClients.createMinimal(pool(connections));
    }

    private static PoolingHttpClientConnectionManager pool(int connections) {
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(10))
                        .setSocketTimeout(Timeout.ofSeconds(30))
                        .build())
                .build();
    }
}
