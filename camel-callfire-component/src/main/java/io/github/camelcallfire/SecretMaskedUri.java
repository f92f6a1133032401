package io.github.camelcallfire;

import org.apache.camel.util.URISupport;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The URI an endpoint shows as its own ({@code getEndpointUri()}, {@code toString()}, JMX, health checks, Camel's logs
 * of the endpoint): the given URI with the value of every secret option replaced by {@code xxxxxx}.
 * <p>
 * Camel's {@code URISupport.sanitizeUri} works on the URI text with a regular expression and leaves the rest of a
 * {@code RAW(...)} value visible once the value holds {@code )}, e.g. {@code RAW(ab&cd)efg)}. Here the query is parsed
 * the way Camel parses it to bind the endpoint's options, so whatever Camel binds as the password is what gets masked.
 * Which options are secret comes from the {@code secret = true} of their {@code @UriParam}/{@code @Metadata}, through
 * the URI factory that the Camel component plugin generates from those annotations.
 */
final class SecretMaskedUri {

    private static final String MASK = "xxxxxx";

    private static final Set<String> SECRET_OPTIONS = new CallfireEndpointUriFactory().secretPropertyNames().stream()
            .map(SecretMaskedUri::canonical).collect(Collectors.toUnmodifiableSet());

    private SecretMaskedUri() {
    }

    /** {@code uri}: as Camel hands it to {@code createEndpoint}, normalized and with unsafe characters encoded. */
    static String of(String uri) throws URISyntaxException {
        int query = uri.indexOf('?');
        if (query < 0) {
            return uri;
        }
        // the same parse DefaultComponent does to bind the options: it knows RAW(...) and RAW{...}
        Map<String, Object> options = URISupport.parseParameters(new URI(uri));
        options.replaceAll((name, value) -> SECRET_OPTIONS.contains(canonical(name)) ? MASK : value);
        return uri.substring(0, query + 1) + URISupport.createQueryString(options, true);
    }

    /* Camel binds options ignoring case and dashes (proxy-password, PASSWORD), so they must be masked the same way */
    private static String canonical(String option) {
        return option.replace("-", "").toLowerCase(Locale.ROOT);
    }
}
