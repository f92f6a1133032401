package io.github.camelcallfire.send;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.model.Page;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import java.util.List;

/** Test helpers of the send tests: the resolve recipe of docs/reliability.md and fast retries. */
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

    /** Retries of the component at test speed. */
    static void fastRetries(CamelContext context) {
        CallfireComponent component = context.getComponent("callfire", CallfireComponent.class);
        component.getConfiguration().setRetryInitialDelay(1);
        component.getConfiguration().setRetryMaxDelay(5);
    }
}
