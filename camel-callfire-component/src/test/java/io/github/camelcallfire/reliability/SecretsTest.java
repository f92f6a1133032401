package io.github.camelcallfire.reliability;

import io.github.camelcallfire.testing.Faults;
import ch.qos.logback.classic.Level;
import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireConfiguration;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireEndpoint;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.model.Account;
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
import org.apache.camel.model.Model;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With every logger at TRACE (root, Camel, HttpClient's wire and header logs, ours) and the credentials where the
 * documentation says to put them, on the component, no password, and no Base64 form of one, shows anywhere: log
 * lines, exception cause chains, {@code toString()}s, endpoint URIs, JMX attributes, health check results.
 */
class SecretsTest {

    private static final String USERNAME = "api-login-5521";
    private static final String PASSWORD = "Pw-Trace-8842";
    private static final String WRONG_PASSWORD = "Wr0ng-Secret-7731";
    private static final String PROXY_USERNAME = "proxy-user-3307";
    private static final String PROXY_PASSWORD = "Proxy-Pass-6619";
    private static final String RETRY_LINE = "got HTTP 503; retry 1 of 3";

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension(
            CallfireSandbox.builder().actionDelayMs(0).username(USERNAME).password(PASSWORD));

    /*
     * Guards against: HttpClient's wire log printing "Authorization: Basic <user:password>" (it does for its own
     * connections at DEBUG), its header log printing HttpClient's Proxy-Authorization header in clear, credentials in
     * exception messages of a 401, a retried 503, a proxy refusal or a failing consumer, in the retry log line of a
     * retried GET (tried: that line printing the request's Authorization value fails here), in anything of a request
     * that goes through a proxy needing a password and on to CallFire (challenge, both credentials, a retry), and in
     * anything Camel shows of endpoints, routes and consumers (toString, JMX, health checks).
     */
    @Test
    void noCredentialReachesAnyOutputWithEveryLoggerAtTrace() throws Exception {
        CallfireSandbox sandbox = SANDBOX.sandbox();
        List<String> shown = new ArrayList<>();
        String logText;
        try (LogCapture logs = new LogCapture(Level.TRACE); RefusingProxy proxy = new RefusingProxy();
             AuthenticatingProxy passwordProxy = new AuthenticatingProxy(PROXY_USERNAME, PROXY_PASSWORD);
             // the failing consumer polls a sandbox of its own, so that its requests leave the retry count below alone
             CallfireSandbox otherSandbox = CallfireSandbox.builder().username(USERNAME).password(PASSWORD).start()) {
            CamelContext context = new DefaultCamelContext();
            try {
                context.addComponent("callfire", component(sandbox, PASSWORD));
                context.addComponent("callfire-wrong", component(otherSandbox, WRONG_PASSWORD));
                CallfireComponent proxied = component(sandbox, PASSWORD);
                proxied.getConfiguration().setProxyHost("127.0.0.1");
                proxied.getConfiguration().setProxyPort(proxy.port());
                proxied.getConfiguration().setProxyUsername(PROXY_USERNAME);
                proxied.getConfiguration().setProxyPassword(PROXY_PASSWORD);
                context.addComponent("callfire-proxied", proxied);
                CallfireComponent viaProxy = component(sandbox, PASSWORD);
                viaProxy.getConfiguration().setProxyHost("127.0.0.1");
                viaProxy.getConfiguration().setProxyPort(passwordProxy.port());
                viaProxy.getConfiguration().setProxyUsername(PROXY_USERNAME);
                viaProxy.getConfiguration().setProxyPassword(PROXY_PASSWORD);
                context.addComponent("callfire-via-proxy", viaProxy);
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:send").to("callfire:texts/send");
                        from("direct:account").to("callfire:account/get");
                        from("direct:unauthorized").to("callfire-wrong:account/get");
                        from("direct:proxied").to("callfire-proxied:account/get");
                        from("direct:via-proxy").to("callfire-via-proxy:account/get");
                        from("callfire-wrong:texts/find?inbound=true&delay=20&initialDelay=0").routeId("inbound")
                                .to("log:inbound");
                    }
                });
                HealthCheckRegistry registry = HealthCheckRegistry.get(context);
                registry.register(registry.resolveById("consumers"));
                context.start();
                ProducerTemplate template = context.createProducerTemplate();

                Exchange sent = send(template, "12135551100");
                assertThat(sent.getException()).isNull();
                Exchange refused = send(template, "+12135551100");
                assertThat(refused.getException()).isNotNull();
                shown.add(causeChain(refused.getException()));

                long before = sandbox.requestCount();
                sandbox.addFault(Faults.status("GET", "/v2/me/account", 503, 1));
                Exchange retried = template.send("direct:account", e -> e.getMessage().setBody(null));
                assertThat(retried.getException()).isNull();
                assertThat(sandbox.requestCount() - before).as("the 503 was retried once").isEqualTo(2);
                assertThat(logs.text()).as("the retry of the GET was logged").containsOnlyOnce(RETRY_LINE);

                // through a proxy that needs a password, on to the sandbox: a 503 there, retried through the proxy
                sandbox.addFault(Faults.status("GET", "/v2/me/account", 503, 1));
                Exchange proxiedAndRetried = template.send("direct:via-proxy", e -> e.getMessage().setBody(null));
                assertThat(proxiedAndRetried.getException()).isNull();
                assertThat(proxiedAndRetried.getMessage().getBody(Account.class)).isNotNull();
                assertThat(passwordProxy.forwarded()).as("both attempts went through the proxy, with its password")
                        .containsExactly("GET " + sandbox.baseUrl() + "/me/account HTTP/1.1",
                                "GET " + sandbox.baseUrl() + "/me/account HTTP/1.1");
                assertThat(passwordProxy.refusedCredentials()).isEmpty();
                assertThat(logs.text()).as("the retry through the proxy was logged").contains(RETRY_LINE)
                        .satisfies(text -> assertThat(text.split(RETRY_LINE, -1)).hasSize(3));

                Exchange unauthorized = template.send("direct:unauthorized", e -> e.getMessage().setBody(null));
                assertThat(unauthorized.getException()).isInstanceOf(CallfireApiException.class);
                assertThat(((CallfireApiException) unauthorized.getException()).getHttpStatus()).isEqualTo(401);
                shown.add(causeChain(unauthorized.getException()));

                Exchange throughProxy = template.send("direct:proxied", e -> e.getMessage().setBody(null));
                assertThat(throughProxy.getException()).isInstanceOf(CallfireApiException.class);
                assertThat(((CallfireApiException) throughProxy.getException()).getHttpStatus()).isEqualTo(403);
                shown.add(causeChain(throughProxy.getException()));
                assertThat(proxy.requestLines()).contains("GET " + sandbox.baseUrl() + "/me/account HTTP/1.1");
                assertThat(proxy.proxyAuthorizations()).as("the proxy password was sent to the proxy")
                        .containsExactly("Basic " + base64(PROXY_USERNAME + ":" + PROXY_PASSWORD));

                await().atMost(Duration.ofSeconds(10)).until(() -> HealthCheckHelper.invoke(context).stream()
                        .anyMatch(r -> r.getCheck().getId().equals("consumer:inbound")
                                && r.getState() == HealthCheck.State.DOWN));
                shown.addAll(whatCamelShows(context));
                List<String> mbeans = CamelMBeans.attributesOf(context);
                assertThat(mbeans).as("JMX is on and shows the endpoints")
                        .anyMatch(line -> line.contains("EndpointUri=callfire://account/get"));
                shown.addAll(mbeans);

                shown.add(wireLoggedRequestWithOtherCredentials(sandbox));
            } finally {
                context.stop();
            }
            logText = logs.text();
            assertThat(logs.lines("org.apache.camel.impl.engine")).as("Camel core logged").isPositive();
            assertThat(logText).as("Camel core logged at TRACE").contains("TRACE org.apache.camel.");
            assertThat(logs.lines("org.apache.hc.client5.http.headers")).as("the header log ran").isPositive();
            assertThat(logText).as("the header log showed the credential headers, masked")
                    .contains(">> Authorization: ***").contains(">> Proxy-Authorization: ***");
            assertThat(logs.lines("org.apache.hc.client5.http.wire")).as("the wire log was live").isPositive();
            assertThat(logs.lines("io.github.camelcallfire.http.CredentialSafeConnectionFactory"))
                    .as("the notice that CallFire connections stay out of the wire log, once per pool").isEqualTo(4L);
        }
        shown.add(logText);

        for (String text : shown) {
            assertThat(text).doesNotContain(PASSWORD, base64(PASSWORD), base64(USERNAME + ":" + PASSWORD),
                    WRONG_PASSWORD, base64(WRONG_PASSWORD), base64(USERNAME + ":" + WRONG_PASSWORD),
                    PROXY_PASSWORD, base64(PROXY_PASSWORD), base64(PROXY_USERNAME + ":" + PROXY_PASSWORD));
        }
    }

    private static CallfireComponent component(CallfireSandbox sandbox, String password) {
        CallfireComponent component = new CallfireComponent();
        CallfireConfiguration configuration = component.getConfiguration();
        configuration.setBaseUrl(sandbox.baseUrl());
        configuration.setUsername(USERNAME);
        configuration.setPassword(password);
        configuration.setRetryInitialDelay(1);
        return component;
    }

    private static Exchange send(ProducerTemplate template, String toNumber) {
        return template.send("direct:send", e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(CallfireConstants.TO_NUMBER, toNumber);
        });
    }

    /* toString of routes, their definitions, endpoints, consumers, configurations; endpoint URIs; health checks */
    private static List<String> whatCamelShows(CamelContext context) {
        List<String> shown = new ArrayList<>();
        for (Route route : context.getRoutes()) {
            shown.add(route.toString());
            shown.add(route.getEndpoint().toString());
            shown.add(route.getConsumer().toString());
        }
        context.getCamelContextExtension().getContextPlugin(Model.class).getRouteDefinitions()
                .forEach(definition -> shown.add(definition.toString()));
        for (String name : context.getComponentNames()) {
            shown.add(String.valueOf(context.getComponent(name)));
        }
        context.getEndpoints().forEach(endpoint -> shown.add(endpoint.toString()));
        for (CallfireEndpoint endpoint : context.getEndpoints().stream()
                .filter(CallfireEndpoint.class::isInstance).map(CallfireEndpoint.class::cast).toList()) {
            shown.add(endpoint.getEndpointUri());
            shown.add(endpoint.getEndpointBaseUri());
            shown.add(endpoint.getEndpointKey());
            shown.add(endpoint.getConfiguration().toString());
            shown.add(endpoint.getConfiguration().httpSettings().toString());
        }
        HealthCheckHelper.invoke(context).forEach(result -> {
            shown.add(result.getDetails().toString());
            result.getMessage().ifPresent(shown::add);
            result.getError().ifPresent(error -> shown.add(causeChain(error)));
        });
        return shown;
    }

    /*
     * HttpClient's own connections in the same run: proves the wire log was live and is checked like everything else
     * (these credentials are not secrets of the test, so they may and do appear in it)
     */
    private static String wireLoggedRequestWithOtherCredentials(CallfireSandbox sandbox) throws Exception {
        try (CloseableHttpClient plain = HttpClients.createDefault()) {
            HttpGet get = new HttpGet(sandbox.rootUrl() + "/sandbox/requests");
            get.setHeader("Authorization", "Basic " + base64("not:the-secret"));
            return plain.execute(get, response -> EntityUtils.toString(response.getEntity()));
        }
    }

    static String causeChain(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
            for (Throwable suppressed : t.getSuppressed()) {
                all.append("suppressed: ").append(suppressed).append('\n');
            }
        }
        return all.toString();
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
