package io.github.camelcallfire;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** The Camel context of a test's child JVM (a process the test kills or runs under a small heap). */
public final class ChildContexts {

    private ChildContexts() {
    }

    /** A context whose callfire component talks to {@code args[0]} as {@code args[1]}/{@code args[2]}. */
    public static CamelContext callfire(String[] args) {
        CamelContext context = new DefaultCamelContext();
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setBaseUrl(args[0]);
        component.getConfiguration().setUsername(args[1]);
        component.getConfiguration().setPassword(args[2]);
        context.addComponent("callfire", component);
        return context;
    }
}
