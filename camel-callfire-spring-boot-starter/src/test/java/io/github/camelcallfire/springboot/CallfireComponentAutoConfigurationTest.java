package io.github.camelcallfire.springboot;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CallfireComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    CallfireComponentAutoConfiguration.class));

    /** The component Camel resolves for callfire: endpoints, created from the service file and customized. */
    private static CallfireComponent callfire(org.springframework.context.ApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("callfire", CallfireComponent.class);
    }

    /* every property the starter generates; ssl-context-parameters has tests of its own below */
    private static final String[] EVERY_PROPERTY = {
            "camel.component.callfire.username=api-user",
            "camel.component.callfire.password=api-secret",
            "camel.component.callfire.base-url=http://127.0.0.1:9/v2",
            "camel.component.callfire.connect-timeout=5s",
            "camel.component.callfire.response-timeout=1500",
            "camel.component.callfire.connection-request-timeout=2m",
            "camel.component.callfire.max-connections=7",
            "camel.component.callfire.max-retries=5",
            "camel.component.callfire.retry-initial-delay=250ms",
            "camel.component.callfire.retry-max-delay=4s",
            "camel.component.callfire.max-retry-after=1m",
            "camel.component.callfire.rate-limit=12.5",
            "camel.component.callfire.trust-all-certificates=true",
            "camel.component.callfire.proxy-host=proxy.example",
            "camel.component.callfire.proxy-port=3128",
            "camel.component.callfire.proxy-username=proxy-user",
            "camel.component.callfire.proxy-password=proxy-secret",
            "camel.component.callfire.lazy-start-producer=true",
            "camel.component.callfire.bridge-error-handler=true",
            "camel.component.callfire.autowired-enabled=false",
            "camel.component.callfire.health-check-consumer-enabled=false"};

    /**
     * Guards the copy of each property onto the component (CallfireComponentAutoConfiguration): every property is set
     * to a value other than its default and read back from the component, so a property the auto-configuration
     * forgets fails here (it did not for trust-all-certificates, which was neither set nor asserted).
     */
    @Test
    void bindsEveryPropertyToTheComponent() {
        runner.withPropertyValues(EVERY_PROPERTY)
                .run(context -> {
                    CallfireComponent component = callfire(context);
                    CallfireConfiguration configuration = component.getConfiguration();
                    assertThat(configuration.getUsername()).isEqualTo("api-user");
                    assertThat(configuration.getPassword()).isEqualTo("api-secret");
                    assertThat(configuration.getBaseUrl()).isEqualTo("http://127.0.0.1:9/v2");
                    assertThat(configuration.getConnectTimeout()).isEqualTo(5_000);
                    assertThat(configuration.getResponseTimeout()).isEqualTo(1_500);
                    assertThat(configuration.getConnectionRequestTimeout()).isEqualTo(120_000);
                    assertThat(configuration.getMaxConnections()).isEqualTo(7);
                    assertThat(configuration.getMaxRetries()).isEqualTo(5);
                    assertThat(configuration.getRetryInitialDelay()).isEqualTo(250);
                    assertThat(configuration.getRetryMaxDelay()).isEqualTo(4_000);
                    assertThat(configuration.getMaxRetryAfter()).isEqualTo(60_000);
                    assertThat(configuration.getRateLimit()).isEqualTo(12.5);
                    assertThat(configuration.isTrustAllCertificates()).isTrue();
                    assertThat(configuration.getProxyHost()).isEqualTo("proxy.example");
                    assertThat(configuration.getProxyPort()).isEqualTo(3128);
                    assertThat(configuration.getProxyUsername()).isEqualTo("proxy-user");
                    assertThat(configuration.getProxyPassword()).isEqualTo("proxy-secret");
                    assertThat(component.isLazyStartProducer()).isTrue();
                    assertThat(component.isBridgeErrorHandler()).isTrue();
                    assertThat(component.isAutowiredEnabled()).isFalse();
                    assertThat(component.isHealthCheckConsumerEnabled()).isFalse();
                });
    }

    /** Guards the list above: a property added to the starter without being added there fails here. */
    @Test
    void theBindingTestSetsEveryPropertyOfTheStarter() {
        Set<String> properties = Arrays.stream(CallfireComponentConfiguration.class.getDeclaredMethods())
                .map(Method::getName)
                .filter(name -> name.startsWith("set"))
                .map(name -> name.substring(3).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> set = Arrays.stream(EVERY_PROPERTY)
                .map(assignment -> assignment.substring("camel.component.callfire.".length(), assignment.indexOf('=')))
                .collect(Collectors.toCollection(TreeSet::new));
        set.add("ssl-context-parameters");

        assertThat(set).isEqualTo(properties);
    }

    @Test
    void keepsTheComponentDefaultsWhenNothingIsSet() {
        CallfireConfiguration defaults = new CallfireConfiguration();
        runner.run(context -> {
            CallfireComponent component = callfire(context);
            CallfireConfiguration configuration = component.getConfiguration();
            assertThat(configuration.getBaseUrl()).isEqualTo(CallfireConfiguration.DEFAULT_BASE_URL);
            assertThat(configuration.getConnectTimeout()).isEqualTo(defaults.getConnectTimeout());
            assertThat(configuration.getResponseTimeout()).isEqualTo(defaults.getResponseTimeout());
            assertThat(configuration.getConnectionRequestTimeout())
                    .isEqualTo(defaults.getConnectionRequestTimeout());
            assertThat(configuration.getMaxConnections()).isEqualTo(defaults.getMaxConnections());
            assertThat(configuration.getSslContextParameters()).isNull();
            assertThat(component.isAutowiredEnabled()).isTrue();
        });
    }

    @Test
    void backsOffWhenDisabled() {
        runner.withPropertyValues("camel.component.callfire.enabled=false", "camel.component.callfire.username=u")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ComponentCustomizer.class)
                            .doesNotHaveBean(CallfireComponentConfiguration.class);
                    assertThat(callfire(context).getConfiguration().getUsername()).isNull();
                });
    }

    @Test
    void leavesThePropertiesUnappliedWhenTheCustomizerIsDisabled() {
        runner.withPropertyValues("camel.component.callfire.customizer.enabled=false",
                        "camel.component.callfire.username=u", "camel.component.callfire.max-connections=3")
                .run(context -> {
                    assertThat(context).hasSingleBean(CallfireComponentConfiguration.class);
                    CallfireConfiguration configuration = callfire(context).getConfiguration();
                    assertThat(configuration.getUsername()).isNull();
                    assertThat(configuration.getMaxConnections()).isEqualTo(new CallfireConfiguration().getMaxConnections());
                });
    }

    @Test
    void configuresAnApplicationBeanNamedCallfire() {
        CallfireComponent own = new CallfireComponent();
        runner.withBean("callfire", CallfireComponent.class, () -> own)
                .withPropertyValues("camel.component.callfire.username=from-properties")
                .run(context -> {
                    assertThat(callfire(context)).isSameAs(own);
                    assertThat(own.getConfiguration().getUsername()).isEqualTo("from-properties");
                });
    }

    @Test
    void leavesCallfireComponentsOfOtherNamesAlone() {
        CallfireComponent own = new CallfireComponent();
        runner.withBean("myCallfire", CallfireComponent.class, () -> own)
                .withPropertyValues("camel.component.callfire.username=ignored")
                .run(context -> {
                    CamelContext camel = context.getBean(CamelContext.class);
                    assertThat(camel.getComponent("myCallfire", CallfireComponent.class)).isSameAs(own);
                    assertThat(own.getConfiguration().getUsername()).isNull();
                    assertThat(callfire(context)).isNotSameAs(own);
                    assertThat(callfire(context).getConfiguration().getUsername()).isEqualTo("ignored");
                });
    }

    @Test
    void takesSslContextParametersFromANamedBean() {
        SSLContextParameters tls = new SSLContextParameters();
        runner.withBean("callfireTls", SSLContextParameters.class, () -> tls)
                .withPropertyValues("camel.component.callfire.ssl-context-parameters=#bean:callfireTls")
                .run(context -> assertThat(callfire(context).getConfiguration()
                        .getSslContextParameters()).isSameAs(tls));
    }

    @Test
    void failsStartupOfARouteNamingAMissingSslContextParametersBean() {
        runner.withPropertyValues("camel.component.callfire.ssl-context-parameters=noSuchTls")
                .withBean(RouteBuilder.class, () -> new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:send").to("callfire:texts/send");
                    }
                })
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("noSuchTls"));
    }
}
