package io.github.camelcallfire;

import io.github.camelcallfire.http.HttpSettings;
import io.github.camelcallfire.http.RetryPolicy;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Credentials and connection settings. Held by the component and copied into each endpoint, so they can be set on
 * the component, per endpoint, or as a bean (component option {@code configuration}).
 */
@UriParams
public class CallfireConfiguration implements Cloneable {

    /** Where the real API lives; tests and the example point it at the sandbox. */
    public static final String DEFAULT_BASE_URL = "https://api.callfire.com/v2";

    @UriParam(label = "security", secret = true,
              description = "CallFire API login (the generated API credential, not the web login).")
    private String username;
    @UriParam(label = "security", secret = true, description = "CallFire API password.")
    private String password;
    @UriParam(defaultValue = DEFAULT_BASE_URL,
              description = "Base URL of the CallFire REST API v2, e.g. the URL of a CallFire sandbox in tests.")
    private String baseUrl = DEFAULT_BASE_URL;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "Timeout in milliseconds for establishing a connection.")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Socket timeout in milliseconds: the longest wait for response data.")
    private long responseTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "Timeout in milliseconds for leasing a connection from the pool.")
    private long connectionRequestTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "20",
              description = "Maximum number of pooled connections to CallFire, shared by all endpoints of the component.")
    private int maxConnections = 20;
    @UriParam(label = "advanced", defaultValue = "3",
              description = "How often a request is sent again after a retriable failure. GET, PUT and DELETE are "
                      + "retried on HTTP 429, 502, 503, 504 and on connection failures; POST (sends, creates) only "
                      + "when the connection could not be opened, so a send is never duplicated. 0 disables retries.")
    private int maxRetries = 3;
    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration",
              description = "Back-off in milliseconds before the first retry; doubled for each further retry, with "
                      + "random jitter, up to retryMaxDelay.")
    private long retryInitialDelay = 500;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "Longest back-off in milliseconds between two retries.")
    private long retryMaxDelay = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Longest Retry-After in milliseconds that is waited for. An answer asking for a longer wait "
                      + "is not retried but surfaces as the CallfireApiException, so no call waits for an hour.")
    private long maxRetryAfter = 30_000;
    @UriParam(label = "advanced", defaultValue = "0",
              description = "Client-side rate limit in requests per second (retries included) for all endpoints "
                      + "sharing the component's connection pool, to stay under the account's limits. A request waits "
                      + "for a permit at most connectionRequestTimeout. 0 means no limit.")
    private double rateLimit;
    @UriParam(label = "security", defaultValue = "false",
              description = "Accept any TLS certificate for any host. For test servers with self-signed certificates "
                      + "only: it lets anyone on the network path read the credentials, and it logs a warning. Prefer "
                      + "sslContextParameters with a trust store.")
    private boolean trustAllCertificates;
    @UriParam(label = "proxy", description = "Proxy host name.")
    private String proxyHost;
    @UriParam(label = "proxy", description = "Proxy port.")
    private Integer proxyPort;
    @UriParam(label = "proxy", secret = true, description = "Proxy user name.")
    private String proxyUsername;
    @UriParam(label = "proxy", secret = true, description = "Proxy password.")
    private String proxyPassword;
    @UriParam(label = "security", description = "TLS settings (key and trust stores) for the connection to CallFire.")
    @Metadata(autowired = false)
    private SSLContextParameters sslContextParameters;

    public CallfireConfiguration copy() {
        try {
            return (CallfireConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** The settings that define a connection pool. */
    public HttpSettings httpSettings() {
        return new HttpSettings(connectTimeout, responseTimeout, connectionRequestTimeout, maxConnections, proxyHost,
                proxyPort, proxyUsername, proxyPassword, sslContextParameters,
                new RetryPolicy(maxRetries, retryInitialDelay, retryMaxDelay, maxRetryAfter), rateLimit,
                trustAllCertificates);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public double getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(double rateLimit) {
        this.rateLimit = rateLimit;
    }

    public boolean isTrustAllCertificates() {
        return trustAllCertificates;
    }

    public void setTrustAllCertificates(boolean trustAllCertificates) {
        this.trustAllCertificates = trustAllCertificates;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }
}
