package io.github.camelcallfire.send;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.model.Page;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import java.util.List;

/** Test helpers of the send tests: the resolve recipe of docs/reliability.md, and a context of a child JVM. */
final class LookUpUnknownChunk {

    private LookUpUnknownChunk() {
    }

    /**
     * The recipe: CallFire takes a chunk whole or not at all, so its first recipient tells about all of it. Answers
     * null when the exchange has nothing unknown, else whether the chunk was found sent.
     */
    @SuppressWarnings("unchecked")
    static Boolean resolve(Exchange exchange, ProducerTemplate template) {
        SendProgress progress = SendProgress.of(exchange);
        if (progress == null || progress.unknown() == 0) {
            return null;
        }
        String first = exchange.getMessage().getBody(List.class).get((int) progress.sent()).toString();
        Page<?> found = template.requestBody("callfire:texts/find?inbound=false&limit=1&toNumber=" + first
                + "&intervalBegin=" + (progress.unknownSince() - 60_000), null, Page.class);
        SendProgress.resolveUnknown(exchange, found.getTotalCount() > 0);
        return found.getTotalCount() > 0;
    }

    /** A context whose callfire component talks to {@code args[0]} as {@code args[1]}/{@code args[2]}. */
    static CamelContext childContext(String[] args) {
        CamelContext context = new DefaultCamelContext();
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setBaseUrl(args[0]);
        component.getConfiguration().setUsername(args[1]);
        component.getConfiguration().setPassword(args[2]);
        context.addComponent("callfire", component);
        return context;
    }

    /** Retries of the component at test speed. */
    static void fastRetries(CamelContext context) {
        CallfireComponent component = context.getComponent("callfire", CallfireComponent.class);
        component.getConfiguration().setRetryInitialDelay(1);
        component.getConfiguration().setRetryMaxDelay(5);
    }
}
