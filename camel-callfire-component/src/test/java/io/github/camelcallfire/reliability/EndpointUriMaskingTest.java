package io.github.camelcallfire.reliability;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireEndpoint;
import io.github.camelcallfire.model.Account;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards against what {@code URISupport.sanitizeUri} did to the endpoint URI: it masks a {@code RAW(...)} value only up
 * to its first {@code )}, so {@code password=RAW(ab&cd)efg)} showed as {@code password=xxxxxxefg)} in
 * {@code getEndpointUri()}, JMX and every log of the endpoint. Every secret option (username, password,
 * proxyUsername, proxyPassword) must show as {@code xxxxxx} whatever it holds, and the endpoint must still log in
 * with the real password.
 */
class EndpointUriMaskingTest {

    private static final int RUN = 3;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "password  | RAW(ab&cd)efg)    | ab&cd)efg",
            "password  | RAW(my&Vq1e)      | my&Vq1e",
            "password  | RAW(p%41ss&w)rdq) | p%41ss&w)rdq",
            "password  | RAW{q)w&e}r}      | q)w&e}r",
            "password  | RAW(k=y&z=w)      | k=y&z=w",
            "password  | RAW(%26Qz;)(xk)   | %26Qz;)(xk",
            // Camel binds option names ignoring case
            "PASSWORD  | RAW(zz&y)x1)      | zz&y)x1"
    })
    void endpointUriShowsNoPartOfAnySecretWhileTheEndpointAuthenticates(String passwordOption, String uriValue,
            String password) throws Exception {
        List<String> secrets = List.of(password, "pu&x)yv", "pp&x)zw");
        try (CallfireSandbox sandbox = CallfireSandbox.builder().actionDelayMs(0).password(password).start()) {
            CamelContext context = new DefaultCamelContext();
            try {
                CallfireComponent component = new CallfireComponent();
                component.getConfiguration().setBaseUrl(sandbox.baseUrl());
                context.addComponent("callfire", component);
                // proxy credentials without proxyHost are not used, but they are secret options all the same;
                // Camel binds option names written with dashes too
                String uri = "callfire:account/get?username=" + sandbox.username() + "&" + passwordOption + "=" + uriValue
                        + "&proxyUsername=RAW(pu&x)yv)&proxy-password=RAW(pp&x)zw)";
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:account").to(uri);
                    }
                });
                context.start();

                Object account = context.createProducerTemplate().requestBody("direct:account", (Object) null);
                assertThat(account).as("the real password logged in").isInstanceOf(Account.class);

                CallfireEndpoint endpoint = context.getEndpoints().stream().filter(CallfireEndpoint.class::isInstance)
                        .map(CallfireEndpoint.class::cast).findFirst().orElseThrow();
                assertThat(endpoint.getEndpointUri()).startsWith("callfire://account/get?")
                        .contains(passwordOption + "=xxxxxx", "&proxy-password=xxxxxx", "&proxyUsername=xxxxxx",
                                "&username=xxxxxx");
                List<String> shown = new ArrayList<>(List.of(endpoint.getEndpointUri(), endpoint.getEndpointBaseUri(),
                        endpoint.getEndpointKey(), endpoint.toString()));
                List<String> mbeans = CamelMBeans.attributesOf(context).stream()
                        .filter(line -> line.contains("type=endpoints")).toList();
                assertThat(mbeans).as("JMX shows the endpoint").anyMatch(line -> line.contains(
                        "EndpointUri=callfire://account/get?" + passwordOption + "=xxxxxx"));
                shown.addAll(mbeans);
                for (String text : shown) {
                    for (String secret : secrets) {
                        assertNoRunOf(secret, text);
                        assertNoRunOf(URLEncoder.encode(secret, StandardCharsets.UTF_8), text);
                    }
                }
            } finally {
                context.stop();
            }
        }
    }

    /* no RUN characters in a row of the secret: what a regex that stops at the wrong character leaves visible */
    private static void assertNoRunOf(String secret, String text) {
        for (int i = 0; i + RUN <= secret.length(); i++) {
            assertThat(text).as("part of a secret").doesNotContain(secret.substring(i, i + RUN));
        }
    }
}
