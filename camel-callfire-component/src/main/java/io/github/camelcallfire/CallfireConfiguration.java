package io.github.camelcallfire;

import io.github.camelcallfire.http.HttpSettings;
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
                proxyPort, proxyUsername, proxyPassword, sslContextParameters);
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
