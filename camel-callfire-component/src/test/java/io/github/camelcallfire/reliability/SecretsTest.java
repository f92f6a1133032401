package io.github.camelcallfire.reliability;

import ch.qos.logback.classic.Level;
import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireConfiguration;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireEndpoint;
import io.github.camelcallfire.http.HttpSettings;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A run with DEBUG logging of the component, Camel and HttpClient (headers included) must not reveal the password:
 * not in logs, exception messages, toString(), endpoint URIs or health check details.
 */
class SecretsTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private static final String WRONG_PASSWORD = "Wr0ng-Secret-7731";

    @Test
    void thePasswordAppearsNowhereInARunWithDebugLogging() throws Exception {
        CallfireSandbox sandbox = SANDBOX.sandbox();
        String password = sandbox.password();
        String basic = Base64.getEncoder().encodeToString((sandbox.username() + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        List<String> shown = new ArrayList<>();
        CamelContext context = new DefaultCamelContext();
        try (LogCapture logs = new LogCapture(Map.of("io.github.camelcallfire", Level.DEBUG,
                "org.apache.camel", Level.DEBUG, "org.apache.hc.client5.http", Level.DEBUG,
                "org.apache.hc.client5.http.wire", Level.INFO))) {
            CallfireComponent component = new CallfireComponent();
            component.getConfiguration().setBaseUrl(sandbox.baseUrl());
            component.getConfiguration().setRetryInitialDelay(1);
            context.addComponent("callfire", component);
            String credentials = "username=" + sandbox.username() + "&password=RAW(" + password + ")";
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").to("callfire:texts/send?" + credentials);
                    from("direct:unauthorized").to("callfire:account/get?username=" + sandbox.username()
                            + "&password=RAW(" + WRONG_PASSWORD + ")");
                    from("callfire:texts/find?inbound=true&delay=20&initialDelay=0&username=" + sandbox.username()
                            + "&password=RAW(" + WRONG_PASSWORD + ")").routeId("inbound").to("log:inbound");
                }
            });
            HealthCheckRegistry registry = HealthCheckRegistry.get(context);
            registry.register(registry.resolveById("consumers"));
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            sandbox.addFault(Faults.status("POST", "/v2/texts", 503, 1));
            for (String toNumber : new String[] { "+12135551100", "12135551100", "12135551100" }) {
                Exchange sent = template.send("direct:send", e -> {
                    e.getMessage().setBody("hello");
                    e.getMessage().setHeader(CallfireConstants.TO_NUMBER, toNumber);
                });
                if (sent.getException() != null) {
                    shown.add(stackOf(sent.getException()));
                }
            }
            Exchange unauthorized = template.send("direct:unauthorized", e -> e.getMessage().setBody(null));
            await().atMost(Duration.ofSeconds(10)).until(() -> HealthCheckHelper.invoke(context).stream()
                    .anyMatch(r -> r.getCheck().getId().equals("consumer:inbound")
                            && r.getState() == HealthCheck.State.DOWN));

            assertThat(unauthorized.getException()).isNotNull();
            shown.add(stackOf(unauthorized.getException()));
            for (Route route : context.getRoutes()) {
                shown.add(route.toString());
                shown.add(route.getEndpoint().toString());
                shown.add(route.getConsumer().toString());
            }
            context.getEndpoints().forEach(endpoint -> shown.add(endpoint.toString()));
            for (CallfireEndpoint endpoint : context.getEndpoints().stream()
                    .filter(CallfireEndpoint.class::isInstance).map(CallfireEndpoint.class::cast).toList()) {
                shown.add(endpoint.getEndpointUri());
                shown.add(endpoint.getEndpointBaseUri());
                CallfireConfiguration configuration = endpoint.getConfiguration();
                shown.add(configuration.toString());
                HttpSettings settings = configuration.httpSettings();
                shown.add(settings.toString());
            }
            HealthCheckHelper.invoke(context).forEach(result -> {
                shown.add(result.getDetails().toString());
                result.getMessage().ifPresent(shown::add);
                result.getError().ifPresent(error -> shown.add(stackOf(error)));
            });
            context.stop();
            shown.add(logs.text());
            assertThat(logs.text()).as("the run was logged").contains("Authorization: Basic ***");
        } finally {
            context.stop();
        }

        for (String text : shown) {
            assertThat(text).doesNotContain(password).doesNotContain(WRONG_PASSWORD).doesNotContain(basic);
        }
    }

    private static String stackOf(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
