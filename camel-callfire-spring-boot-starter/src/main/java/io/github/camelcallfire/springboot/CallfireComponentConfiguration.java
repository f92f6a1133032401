package io.github.camelcallfire.springboot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The options of the {@code callfire} component as Spring Boot properties. Defaults equal the component's, so an
 * application only sets what differs, usually the credentials.
 *
 * <p>The component's nested {@code configuration} option has no property here: an application that wants to build
 * the configuration in code defines its own {@code CallfireComponent} bean, and this auto-configuration backs off.
 */
@ConfigurationProperties(prefix = CallfireComponentConfiguration.PREFIX)
public class CallfireComponentConfiguration {

    public static final String PREFIX = "camel.component.callfire";

    /**
     * Whether to auto-configure the callfire component from these properties.
     */
    private boolean enabled = true;

    /**
     * CallFire API login (the generated API credential, not the web login).
     */
    private String username;

    /**
     * CallFire API password.
     */
    private String password;

    /**
     * Base URL of the CallFire REST API v2, e.g. the URL of a CallFire sandbox in tests.
     */
    // spelled out because the metadata processor only reads literals here; a test keeps it equal to the component's
    private String baseUrl = "https://api.callfire.com/v2";

    /**
     * Timeout for establishing a connection; a bare number is milliseconds.
     */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /**
     * Socket timeout, the longest wait for response data; a bare number is milliseconds.
     */
    private Duration responseTimeout = Duration.ofSeconds(30);

    /**
     * Timeout for leasing a connection from the pool; a bare number is milliseconds.
     */
    private Duration connectionRequestTimeout = Duration.ofSeconds(10);

    /**
     * Maximum number of pooled connections to CallFire, shared by all endpoints of the component.
     */
    private int maxConnections = 20;

    /**
     * How often a request is sent again after a retriable failure: GET, PUT and DELETE on HTTP 429, 502, 503, 504 and
     * connection failures; POST (sends, creates) only when the connection could not be opened. 0 disables retries.
     */
    private int maxRetries = 3;

    /**
     * Back-off before the first retry, doubled for each further retry with random jitter, up to retry-max-delay; a
     * bare number is milliseconds.
     */
    private Duration retryInitialDelay = Duration.ofMillis(500);

    /**
     * Longest back-off between two retries; a bare number is milliseconds.
     */
    private Duration retryMaxDelay = Duration.ofSeconds(10);

    /**
     * Longest Retry-After that is waited for; an answer asking for more is not retried; a bare number is
     * milliseconds.
     */
    private Duration maxRetryAfter = Duration.ofSeconds(30);

    /**
     * Client-side rate limit in requests per second for all endpoints of the component; 0 means no limit.
     */
    private double rateLimit;

    /**
     * Trust every TLS certificate and host name. For test servers only: it logs a warning and cannot be combined
     * with ssl-context-parameters.
     */
    private boolean trustAllCertificates;

    /**
     * Proxy host name.
     */
    private String proxyHost;

    /**
     * Proxy port.
     */
    private Integer proxyPort;

    /**
     * Proxy user name.
     */
    private String proxyUsername;

    /**
     * Proxy password.
     */
    private String proxyPassword;

    /**
     * Name of an org.apache.camel.support.jsse.SSLContextParameters bean with the TLS settings (key and trust
     * stores) for the connection to CallFire; Camel's "#bean:name" and "#name" reference forms are accepted too.
     */
    private String sslContextParameters;

    /**
     * Whether the producer should be started lazily, on the first message, so that a route can start even when
     * CallFire cannot be reached at startup.
     */
    private boolean lazyStartProducer;

    /**
     * Whether exceptions of the consumer are routed to the Camel error handler instead of being logged and ignored.
     */
    private boolean bridgeErrorHandler;

    /**
     * Whether options marked as autowired are looked up in the registry by type.
     */
    private boolean autowiredEnabled = true;

    /**
     * Whether the consumer health checks of this component are enabled.
     */
    private boolean healthCheckConsumerEnabled = true;

    /**
     * Whether the producer health checks of this component are enabled (producer checks also need
     * camel.health.producers-enabled=true).
     */
    private boolean healthCheckProducerEnabled = true;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
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

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Duration getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(Duration connectionRequestTimeout) {
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

    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public Duration getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(Duration maxRetryAfter) {
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

    public String getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(String sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public boolean isBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public boolean isAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public boolean isHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public boolean isHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }
}
