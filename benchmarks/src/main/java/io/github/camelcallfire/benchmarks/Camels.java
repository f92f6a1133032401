package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.CallfireComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** Camel contexts with the callfire component pointed at a sandbox (or at a proxy in front of it). */
final class Camels {

    private Camels() {
    }

    static CamelContext withCallfire(String baseUrl, String username, String password, int connections) {
        CamelContext context = new DefaultCamelContext();
        CallfireComponent callfire = new CallfireComponent();
        callfire.getConfiguration().setBaseUrl(baseUrl);
        callfire.getConfiguration().setUsername(username);
        callfire.getConfiguration().setPassword(password);
        callfire.getConfiguration().setMaxConnections(connections);
        context.addComponent("callfire", callfire);
        return context;
    }
}
