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
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
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
 * <p>
 * API calls (JSON answers) go through HttpClient's minimal classic client: the pool, the request executor and the
 * basic protocol headers. The full client's exec chain (redirects, authentication challenges, decompression) costs
 * CPU on every request and CallFire's JSON API needs none of it: the component sends its Basic credentials itself,
 * and asks for no compressed answers. Downloads of binary answers, which a server may redirect, and every request
 * when a proxy is set (which the minimal client cannot use) go through the full client, on the same pool.
 */
public final class CallfireHttpClient implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(CallfireHttpClient.class);

    private final PoolingHttpClientConnectionManager connectionManager;
    private final CloseableHttpClient client;
    private final CloseableHttpClient downloadClient;
    private final RetryingExecution retrying;
    private final RequestConfig requestConfig;
    private final Header userAgent;

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
        this.requestConfig = RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(settings.connectionRequestTimeoutMillis()))
                .setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                .build();
        this.userAgent = new BasicHeader(HttpHeaders.USER_AGENT, userAgent);
        this.downloadClient = fullClient(settings);
        this.client = settings.proxyHost() == null ? HttpClients.createMinimal(connectionManager) : downloadClient;
        RateLimiter rateLimiter = settings.rateLimit() > 0 ? new RateLimiter(settings.rateLimit()) : null;
        this.retrying = new RetryingExecution(settings.retryPolicy(), rateLimiter,
                settings.connectionRequestTimeoutMillis(), Clock.systemUTC());
    }

    /* what the component used for every request before: kept where a proxy or a download may need it */
    private CloseableHttpClient fullClient(HttpSettings settings) {
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connectionManager)
                .disableCookieManagement()
                .disableAuthCaching()
                // RetryingExecution is the one retry policy; HttpClient's own would retry behind its back
                .disableAutomaticRetries()
                .setDefaultRequestConfig(requestConfig);
        if (settings.proxyHost() != null) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort() == null ? 8080
                    : settings.proxyPort());
            builder.setProxy(proxy);
            if (settings.proxyUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                char[] password = settings.proxyPassword() == null ? new char[0]
                        : settings.proxyPassword().toCharArray();
                credentials.setCredentials(new AuthScope(proxy),
                        new UsernamePasswordCredentials(settings.proxyUsername(), password));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        return builder.build();
    }

    private static javax.net.ssl.SSLContext createSslContext(HttpSettings settings, CamelContext camelContext) {
        try {
            return settings.sslContextParameters().createSSLContext(camelContext);
        } catch (Exception e) {
            throw new RuntimeCamelException("Cannot create the SSLContext from sslContextParameters", e);
        }
    }

    /**
     * Sends the request to {@code target} (the host of its URI) under the retry policy and rate limit; the caller
     * closes the response (which returns the connection to the pool). {@code refusalsRetriable} also retries a POST that
     * CallFire refused with 429 or 503 (not processed, so not done twice), as chunked sends need.
     */
    public ClassicHttpResponse open(HttpHost target, ClassicHttpRequest request, boolean refusalsRetriable)
            throws IOException {
        return open(client, target, request, refusalsRetriable);
    }

    /** {@link #open(HttpHost, ClassicHttpRequest, boolean)} for a binary download, following redirects. */
    public ClassicHttpResponse download(HttpHost target, ClassicHttpRequest request) throws IOException {
        return open(downloadClient, target, request, false);
    }

    private ClassicHttpResponse open(CloseableHttpClient through, HttpHost target, ClassicHttpRequest request,
                                     boolean refusalsRetriable) throws IOException {
        request.setHeader(userAgent);
        return retrying.execute(request, attempt -> {
            // the minimal client writes the framing headers into the request itself, and refuses to send a request
            // that has them already: a retry would fail on those of the attempt before
            attempt.removeHeaders(HttpHeaders.CONTENT_LENGTH);
            attempt.removeHeaders(HttpHeaders.TRANSFER_ENCODING);
            return through.executeOpen(target, attempt, context());
        }, refusalsRetriable);
    }

    /* the minimal client takes its timeouts from the context only */
    private HttpClientContext context() {
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(requestConfig);
        return context;
    }

    @Override
    public void close() {
        downloadClient.close(CloseMode.GRACEFUL);
        connectionManager.close(CloseMode.GRACEFUL);
    }
}
