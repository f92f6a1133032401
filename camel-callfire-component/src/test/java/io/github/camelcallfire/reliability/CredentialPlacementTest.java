package io.github.camelcallfire.reliability;

import ch.qos.logback.classic.Level;
import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.model.Account;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where Camel core (4.18) shows the password, depending on where the route puts it: the facts behind the "Secrets"
 * section of docs/reliability.md. Each placement runs a route that logs in to the sandbox with every logger at TRACE;
 * the test checks which loggers, from which level on, and which MBean attributes show any 4 characters in a row of
 * the password. Guards against documenting a placement as safe that is not, and against a Camel upgrade that prints
 * the password somewhere new without the documentation saying so.
 */
class CredentialPlacementTest {

    private static final int RUN = 4;
    private static final String CORE = "org.apache.camel.impl.engine.AbstractCamelContext";
    private static final String ENDPOINT_HELPER = "org.apache.camel.support.EndpointHelper";
    private static final String COMPONENT = "org.apache.camel.support.DefaultComponent";
    private static final String PRECONDITION = "org.apache.camel.impl.PreconditionHelper";
    private static final String CHANNEL = "org.apache.camel.impl.engine.DefaultChannel";
    private static final String REIFIER = "org.apache.camel.reifier.ProcessorReifier";
    private static final String PARSER = "org.apache.camel.component.properties.DefaultPropertiesParser";
    private static final String LOOKUP = "org.apache.camel.component.properties.DefaultPropertiesLookup";
    private static final String PROPERTIES = "org.apache.camel.component.properties.PropertiesComponent";
    private static final String EXTENSION = "org.apache.camel.impl.engine.DefaultCamelContextExtension";
    private static final String MAIN = "org.apache.camel.main.BaseMainSupport";
    private static final String MAIN_HELPER = "org.apache.camel.main.MainHelper";

    private static final Level T = Level.TRACE;
    private static final Level D = Level.DEBUG;

    /**
     * @param loggers         each logger that shows the password, with the most severe level of its lines that do
     * @param mbeanAttributes the MBean attributes that show it
     */
    enum Placement {
        COMPONENT_OPTION("Cm6Vb9Qs", Map.of(), Set.of()),
        URI_PLAIN("Zq9Xk7Wm2v", Map.of(CORE, T, ENDPOINT_HELPER, T, COMPONENT, T, PRECONDITION, T), Set.of()),
        URI_RAW_WITH_AMPERSAND("Jm4&Qx8Tz", Map.of(CORE, T, ENDPOINT_HELPER, T, COMPONENT, T, PRECONDITION, T),
                Set.of()),
        URI_RAW_WITH_PARENTHESIS("Kq7&Wz)Jx4Vb", Map.of(CORE, D, ENDPOINT_HELPER, T, COMPONENT, T, PRECONDITION, T,
                CHANNEL, T, REIFIER, T), Set.of("ModelLabel")),
        URI_PLACEHOLDER("Pl4cE8Hq", Map.of(PARSER, D, EXTENSION, D, LOOKUP, T, PROPERTIES, T, ENDPOINT_HELPER, T,
                CORE, T, COMPONENT, T), Set.of()),
        MAIN_COMPONENT_PROPERTY("Mn5Rk2Yw", Map.of(MAIN, D, MAIN_HELPER, D), Set.of()),
        MAIN_COMPONENT_PROPERTY_PLACEHOLDER("Mp7Tz3Lc", Map.of(PARSER, D, EXTENSION, D, LOOKUP, T, PROPERTIES, T),
                Set.of());

        final String password;
        final Map<String, Level> loggers;
        final Set<String> mbeanAttributes;

        Placement(String password, Map<String, Level> loggers, Set<String> mbeanAttributes) {
            this.password = password;
            this.loggers = loggers;
            this.mbeanAttributes = mbeanAttributes;
        }
    }

    @ParameterizedTest
    @EnumSource(Placement.class)
    void camelCoreShowsThePasswordOnlyWhereDocumented(Placement placement) throws Exception {
        Run run;
        try (CallfireSandbox sandbox = CallfireSandbox.builder().actionDelayMs(0).password(placement.password).start();
             LogCapture logs = new LogCapture(Level.TRACE)) {
            List<String> mbeans = placement.name().startsWith("MAIN")
                    ? runWithCamelMain(placement, sandbox) : runWithContext(placement, sandbox);
            run = new Run(placement.password, logs.lines(), mbeans);
        }

        assertThat(run.loggersShowingIt()).as(run.linesShowingIt()).isEqualTo(placement.loggers);
        assertThat(run.mbeanAttributesShowingIt()).isEqualTo(placement.mbeanAttributes);
    }

    /*
     * Guards the documented exception to "URIs are masked": when a route fails to start, Camel's message quotes the
     * route's URI through its own sanitizeUri, which stops masking a RAW value at its first ')'.
     */
    @Test
    void camelsRouteStartFailureShowsWhatFollowsAParenthesisInARawPassword() throws Exception {
        CamelContext context = new DefaultCamelContext();
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // broadcastType applies to the broadcasts api only: the endpoint refuses to start
                    from("direct:account").to("callfire:account/get?broadcastType=TEXT&username=u"
                            + "&password=RAW(Kq7&Wz)Jx4Vb)");
                }
            });
            assertThatThrownBy(context::start).satisfies(failure -> assertThat(SecretsTest.causeChain(failure))
                    .doesNotContain("Kq7&Wz").contains("password=xxxxxxJx4Vb)"));
        } finally {
            context.stop();
        }
    }

    private static List<String> runWithContext(Placement placement, CallfireSandbox sandbox) throws Exception {
        CamelContext context = new DefaultCamelContext();
        try {
            CallfireComponent component = new CallfireComponent();
            component.getConfiguration().setBaseUrl(sandbox.baseUrl());
            String credentials = "&username=" + sandbox.username() + "&password=";
            switch (placement) {
                case COMPONENT_OPTION -> {
                    component.getConfiguration().setUsername(sandbox.username());
                    component.getConfiguration().setPassword(placement.password);
                    credentials = "";
                }
                case URI_PLAIN -> credentials += placement.password;
                case URI_RAW_WITH_AMPERSAND, URI_RAW_WITH_PARENTHESIS ->
                        credentials += "RAW(" + placement.password + ")";
                case URI_PLACEHOLDER -> {
                    Properties properties = new Properties();
                    properties.setProperty("callfire.password", placement.password);
                    context.getPropertiesComponent().setInitialProperties(properties);
                    credentials += "{{callfire.password}}";
                }
                default -> throw new IllegalArgumentException(placement + " needs Camel Main");
            }
            context.addComponent("callfire", component);
            String options = credentials;
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:account").to("callfire:account/get" + options.replaceFirst("^&", "?"));
                    // a consumer too: Camel keeps a route's from-URI apart from its to-URIs
                    from("callfire:texts/find?inbound=true&delay=50&initialDelay=0" + options).to("log:inbound");
                }
            });
            context.start();
            assertThat(context.createProducerTemplate().requestBody("direct:account", (Object) null))
                    .as("logged in with the password").isInstanceOf(Account.class);
            return CamelMBeans.attributesOf(context);
        } finally {
            context.stop();
        }
    }

    private static List<String> runWithCamelMain(Placement placement, CallfireSandbox sandbox) throws Exception {
        Main main = new Main();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:account").to("callfire:account/get");
            }
        });
        main.addInitialProperty("camel.component.callfire.base-url", sandbox.baseUrl());
        main.addInitialProperty("camel.component.callfire.username", sandbox.username());
        if (placement == Placement.MAIN_COMPONENT_PROPERTY_PLACEHOLDER) {
            main.addInitialProperty("callfire.password", placement.password);
            main.addInitialProperty("camel.component.callfire.password", "{{callfire.password}}");
        } else {
            main.addInitialProperty("camel.component.callfire.password", placement.password);
        }
        main.start();
        try {
            assertThat(main.getCamelContext().createProducerTemplate().requestBody("direct:account", (Object) null))
                    .as("logged in with the password").isInstanceOf(Account.class);
            return CamelMBeans.attributesOf(main.getCamelContext());
        } finally {
            main.stop();
        }
    }

    /** What a run showed of the password. */
    private record Run(String password, List<LogCapture.Line> lines, List<String> mbeans) {

        String linesShowingIt() {
            StringBuilder shown = new StringBuilder("lines showing the password:\n");
            lines.stream().filter(line -> showsPartOfPassword(line.text()))
                    .forEach(line -> shown.append(line.toString(), 0, Math.min(line.toString().length(), 300))
                            .append('\n'));
            return shown.toString();
        }

        /* logger name to the most severe level of its lines that show the password */
        Map<String, Level> loggersShowingIt() {
            Map<String, Level> loggers = new TreeMap<>();
            lines.stream().filter(line -> showsPartOfPassword(line.text())).forEach(line -> loggers.merge(
                    line.logger(), line.level(), (a, b) -> a.isGreaterOrEqual(b) ? a : b));
            return loggers;
        }

        /* "<object name> <attribute>=<value>" lines: the attribute names */
        Set<String> mbeanAttributesShowingIt() {
            Set<String> attributes = new TreeSet<>();
            mbeans.stream().filter(this::showsPartOfPassword)
                    .forEach(line -> {
                        int name = line.indexOf(' ') + 1;
                        attributes.add(line.substring(name, line.indexOf('=', name)));
                    });
            return attributes;
        }

        private boolean showsPartOfPassword(String text) {
            for (int i = 0; i + RUN <= password.length(); i++) {
                if (text.contains(password.substring(i, i + RUN))) {
                    return true;
                }
            }
            return false;
        }
    }
}
