package io.github.camelcallfire;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Camel context whose callfire component talks to a fresh sandbox on a free loopback port. */
public abstract class CallfireTestSupport {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    protected CamelContext context;
    protected ProducerTemplate template;

    @BeforeEach
    void startCamel() throws Exception {
        context = new DefaultCamelContext();
        context.addComponent("callfire", component(sandbox()));
        addRoutes(context);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /** A component that talks to {@code sandbox} with its credentials. */
    public static CallfireComponent component(CallfireSandbox sandbox) {
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setUsername(sandbox.username());
        component.getConfiguration().setPassword(sandbox.password());
        return component;
    }

    protected static CallfireSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    /**
     * The message of the root cause with which {@code routes} fail to start, in a context of their own; it must be an
     * IllegalArgumentException (how the component refuses a wrong URI at route start).
     */
    protected static String rootStartFailure(RouteBuilder routes) {
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("callfire", component(sandbox()));
        try {
            camel.addRoutes(routes);
            Throwable[] failure = new Throwable[1];
            assertThatThrownBy(camel::start).satisfies(error -> failure[0] = error);
            Throwable root = failure[0];
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).isInstanceOf(IllegalArgumentException.class);
            return root.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            camel.stop();
        }
    }

    /** Routes of the test; none by default, tests then send straight to callfire: URIs. */
    protected void addRoutes(CamelContext camelContext) throws Exception {
    }
}
