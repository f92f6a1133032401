package io.github.camelcallfire.reliability;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireConfiguration;
import io.github.camelcallfire.http.CallfireTransportException;
import io.github.camelcallfire.model.Account;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS against an HTTPS server with a self-signed certificate (test resources tls/server.p12 and tls/truststore.p12,
 * made with keytool): trusted through sslContextParameters, refused without, accepted by the explicit trust-all
 * option.
 */
class TlsTest {

    private static final String PASSWORD = "test-only";
    private static final byte[] ACCOUNT = "{\"id\":1,\"email\":\"tls@example.com\"}".getBytes(StandardCharsets.UTF_8);

    private HttpsServer server;
    private CamelContext context;

    @BeforeEach
    void startHttpsServer() throws Exception {
        SSLContextParameters serverTls = new SSLContextParameters();
        serverTls.setKeyManagers(keyManagers());
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls.createSSLContext(new DefaultCamelContext())));
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ACCOUNT.length);
            exchange.getResponseBody().write(ACCOUNT);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
        server.stop(0);
    }

    @Test
    void usesHttpsByDefault() {
        assertThat(new CallfireConfiguration().getBaseUrl()).startsWith("https://");
    }

    @Test
    void trustsTheServerThroughSslContextParameters() {
        SSLContextParameters tls = new SSLContextParameters();
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(keyStore("tls/truststore.p12"));
        tls.setTrustManagers(trust);

        Exchange exchange = getAccount(configuration -> configuration.setSslContextParameters(tls));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Account.class).getEmail()).isEqualTo("tls@example.com");
    }

    @Test
    void refusesAnUntrustedCertificateWithoutRetrying() {
        Exchange exchange = getAccount(configuration -> {
        });

        assertThat(exchange.getException()).isInstanceOf(CallfireTransportException.class)
                .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
        assertThat(exchange.getException().getCause()).isInstanceOf(SSLException.class);
    }

    @Test
    void acceptsAnyCertificateOnlyWhenExplicitlyAskedTo() {
        Exchange exchange = getAccount(configuration -> configuration.setTrustAllCertificates(true));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Account.class).getEmail()).isEqualTo("tls@example.com");
    }

    private Exchange getAccount(Consumer<CallfireConfiguration> tls) {
        CallfireComponent component = new CallfireComponent();
        CallfireConfiguration configuration = component.getConfiguration();
        configuration.setBaseUrl("https://localhost:" + server.getAddress().getPort() + "/v2");
        configuration.setUsername("tls");
        configuration.setPassword("tls-password");
        configuration.setRetryInitialDelay(1);
        tls.accept(configuration);
        context = new DefaultCamelContext();
        context.addComponent("callfire", component);
        context.start();
        return context.createProducerTemplate().request("callfire:account/get", e -> e.getMessage().setBody(null));
    }

    private static KeyManagersParameters keyManagers() {
        KeyManagersParameters keys = new KeyManagersParameters();
        keys.setKeyStore(keyStore("tls/server.p12"));
        keys.setKeyPassword(PASSWORD);
        return keys;
    }

    private static KeyStoreParameters keyStore(String resource) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("classpath:" + resource);
        store.setPassword(PASSWORD);
        store.setType("PKCS12");
        return store;
    }
}
