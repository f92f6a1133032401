package io.github.camelcallfire.http;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;

/**
 * One pooled Apache HttpClient 5 for a set of {@link HttpSettings}; shared by the endpoints of a component, with
 * their retry policy and rate limit.
 */
public final class CallfireHttpClient implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(CallfireHttpClient.class);

    private final PoolingHttpClientConnectionManager connectionManager;
    private final CloseableHttpClient client;
    private final RetryingExecution retrying;

    public CallfireHttpClient(HttpSettings settings, String userAgent, CamelContext camelContext) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                // HttpClient's own connections write the Authorization header to its wire log
                .setConnectionFactory(new CredentialSafeConnectionFactory())
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .build());
        if (settings.sslContextParameters() != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(createSslContext(settings, camelContext)));
        } else if (settings.trustAllCertificates()) {
            LOG.warn("trustAllCertificates=true: TLS accepts any certificate for any host, so anyone on the network "
                    + "path can read the CallFire credentials. Use it against test servers only.");
            pool.setTlsSocketStrategy(TrustAllCertificates.tlsStrategy());
        }
        this.connectionManager = pool.build();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connectionManager)
                .setUserAgent(userAgent)
                .disableCookieManagement()
                .disableAuthCaching()
                // RetryingExecution is the one retry policy; HttpClient's own would retry behind its back
                .disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(settings.connectionRequestTimeoutMillis()))
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .build());
        if (settings.proxyHost() != null) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort() == null ? 8080 : settings.proxyPort());
            builder.setProxy(proxy);
            if (settings.proxyUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                char[] password = settings.proxyPassword() == null ? new char[0] : settings.proxyPassword().toCharArray();
                credentials.setCredentials(new AuthScope(proxy),
                        new UsernamePasswordCredentials(settings.proxyUsername(), password));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        this.client = builder.build();
        RateLimiter rateLimiter = settings.rateLimit() > 0 ? new RateLimiter(settings.rateLimit()) : null;
        this.retrying = new RetryingExecution(settings.retryPolicy(), rateLimiter,
                settings.connectionRequestTimeoutMillis(), Clock.systemUTC());
    }

    private static javax.net.ssl.SSLContext createSslContext(HttpSettings settings, CamelContext camelContext) {
        try {
            return settings.sslContextParameters().createSSLContext(camelContext);
        } catch (Exception e) {
            throw new RuntimeCamelException("Cannot create the SSLContext from sslContextParameters", e);
        }
    }

    /**
     * Sends the request under the retry policy and rate limit; the caller closes the response (which returns the
     * connection to the pool).
     */
    public ClassicHttpResponse open(ClassicHttpRequest request) throws IOException {
        return open(request, false);
    }

    /**
     * {@link #open(ClassicHttpRequest)}, where {@code refusalsRetriable} also retries a POST that CallFire refused
     * with 429 or 503 (not processed, so not done twice), as chunked sends need.
     */
    public ClassicHttpResponse open(ClassicHttpRequest request, boolean refusalsRetriable) throws IOException {
        return retrying.execute(request, attempt -> client.executeOpen(null, attempt, null), refusalsRetriable);
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        connectionManager.close(CloseMode.GRACEFUL);
    }
}
