package io.github.camelcallfire.benchmarks;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
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

    static CloseableHttpClient pooled(int connections) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10))
                                .setSocketTimeout(Timeout.ofSeconds(30))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofSeconds(10))
                        .setResponseTimeout(Timeout.ofSeconds(30))
                        .build())
                .disableCookieManagement()
                .build();
    }
}
