package io.github.camelcallfire.http;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;

/**
 * The Authorization header. HttpClient's header log ({@code org.apache.hc.client5.http.headers} at DEBUG) prints
 * headers with {@code toString()}, while the wire format is written from {@link #getValue()}; so the credentials go
 * to CallFire but never into that log.
 */
public final class RedactedAuthorization implements Header {

    private final String value;

    public RedactedAuthorization(String value) {
        this.value = value;
    }

    @Override
    public String getName() {
        return HttpHeaders.AUTHORIZATION;
    }

    @Override
    public String getValue() {
        return value;
    }

    @Override
    public boolean isSensitive() {
        return true;
    }

    @Override
    public String toString() {
        return HttpHeaders.AUTHORIZATION + ": Basic ***";
    }
}
