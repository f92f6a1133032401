package io.github.camelcallfire.consumer;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

/** Camel contexts whose callfire component talks to a fresh sandbox; every context is stopped after the test. */
abstract class ConsumerTestSupport {

    static final String OUR_NUMBER = "12135550100";
    static final String HANDSET = "13105550111";

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private final List<CamelContext> contexts = new ArrayList<>();

    @AfterEach
    void stopContexts() {
        contexts.forEach(CamelContext::stop);
    }

    static CallfireSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    CamelContext startContext(RoutesBuilder routes) throws Exception {
        CamelContext context = createContext();
        context.addRoutes(routes);
        context.start();
        return context;
    }

    CamelContext createContext() {
        return createContext(sandbox().password());
    }

    CamelContext createContext(String password) {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("callfire", component(password));
        contexts.add(context);
        return context;
    }

    static CallfireComponent component(String password) {
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setBaseUrl(sandbox().baseUrl());
        component.getConfiguration().setUsername(sandbox().username());
        component.getConfiguration().setPassword(password);
        return component;
    }

    /** Injects {@code count} inbound texts to our number and returns their ids. */
    static List<Long> injectTexts(int count, String prefix) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(sandbox().injectInboundText(HANDSET, OUR_NUMBER, prefix + " " + i));
        }
        return ids;
    }
}
