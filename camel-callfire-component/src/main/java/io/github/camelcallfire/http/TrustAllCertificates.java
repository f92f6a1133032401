package io.github.camelcallfire.http;

import org.apache.camel.RuntimeCamelException;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

/**
 * TLS that accepts any certificate for any host: for a test server with a self-signed certificate, never for
 * CallFire itself (anyone on the path could read the credentials). Only the explicit trustAllCertificates option
 * builds it, and that logs a warning.
 */
final class TrustAllCertificates {

    private TrustAllCertificates() {
    }

    static TlsSocketStrategy tlsStrategy() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { new AcceptingTrustManager() }, null);
            return new DefaultClientTlsStrategy(context, HostnameVerificationPolicy.CLIENT, NoopHostnameVerifier.INSTANCE);
        } catch (GeneralSecurityException e) {
            throw new RuntimeCamelException("Cannot create the trust-all SSLContext", e);
        }
    }

    private static final class AcceptingTrustManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // accepts every certificate: that is the point of this option
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // accepts every certificate: that is the point of this option
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
