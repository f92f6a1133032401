package io.github.camelcallfire;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    protected static CallfireComponent component(CallfireSandbox sandbox) {
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setBaseUrl(sandbox.baseUrl());
        component.getConfiguration().setUsername(sandbox.username());
        component.getConfiguration().setPassword(sandbox.password());
        return component;
    }

    protected static CallfireSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    /** Routes of the test; none by default, tests then send straight to callfire: URIs. */
    protected void addRoutes(CamelContext camelContext) throws Exception {
    }
}
