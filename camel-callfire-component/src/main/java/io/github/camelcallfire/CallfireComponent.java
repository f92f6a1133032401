package io.github.camelcallfire;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.http.CallfireHttpClient;
import io.github.camelcallfire.http.CallfireJson;
import io.github.camelcallfire.http.HttpSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.PropertyBindingSupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The {@code callfire:} component: every operation of the CallFire REST API v2. */
@Component("callfire")
public class CallfireComponent extends HealthCheckComponent {

    @Metadata(description = "Shared configuration (credentials, base URL, timeouts, proxy, TLS)")
    private CallfireConfiguration configuration = new CallfireConfiguration();

    private final ObjectMapper objectMapper = CallfireJson.newObjectMapper();
    /* One pool per distinct connection settings; normally all endpoints share a single one. */
    private final Map<HttpSettings, CallfireHttpClient> httpClients = new ConcurrentHashMap<>();

    public CallfireComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        // JMX, health checks, error messages and Camel's logs show the endpoint URI as is: it must not carry secrets
        String maskedUri = SecretMaskedUri.of(uri);
        int slash = remaining.indexOf('/');
        if (slash <= 0 || slash == remaining.length() - 1 || remaining.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("Invalid URI " + maskedUri + ": expected callfire:apiName/methodName, "
                    + "e.g. callfire:texts/send");
        }
        CallfireEndpoint endpoint = new CallfireEndpoint(maskedUri, this, configuration.copy());
        endpoint.setApiName(remaining.substring(0, slash));
        endpoint.setMethodName(remaining.substring(slash + 1));
        joinRepeatedOptions(parameters);
        // the operations' options first, so that none of them is taken for a property of the endpoint class
        PropertyBindingSupport.build().withReflection(false).bind(getCamelContext(), endpoint.getParameters(), parameters);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /*
     * Camel collects a key repeated in the URI (keywords=A&keywords=B) into a List; binding that List to a String option
     * would send its toString "[A, B]", so it becomes the comma-separated form every multi-valued option accepts.
     */
    private static void joinRepeatedOptions(Map<String, Object> parameters) {
        parameters.replaceAll((name, value) -> value instanceof List<?> values
                ? values.stream().map(String::valueOf).collect(Collectors.joining(",")) : value);
    }

    /** The pooled client for these settings, created on first use and closed when the component stops. */
    CallfireHttpClient httpClient(HttpSettings settings) {
        return httpClients.computeIfAbsent(settings,
                key -> new CallfireHttpClient(key, CallfireVersion.userAgent(getCamelContext()), getCamelContext()));
    }

    ObjectMapper objectMapper() {
        return objectMapper;
    }

    @Override
    protected void doStop() throws Exception {
        httpClients.values().forEach(CallfireHttpClient::close);
        httpClients.clear();
        super.doStop();
    }

    public CallfireConfiguration getConfiguration() {
        return configuration;
    }

    /** Replaces the shared configuration, e.g. with a bean; endpoints created afterwards copy it. */
    public void setConfiguration(CallfireConfiguration configuration) {
        this.configuration = configuration;
    }
}
