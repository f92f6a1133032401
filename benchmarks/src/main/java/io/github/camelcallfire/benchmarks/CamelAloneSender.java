package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.CallfireConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A reference for P1, no contender: what (c) costs before the component does anything. The same template call and
 * {@code direct:} route as {@link CallfireSender}, but the route ends in a processor that only sets one header; no
 * HTTP.
 */
final class CamelAloneSender implements Sender {

    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;

    CamelAloneSender() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").process(exchange -> exchange.getMessage().setHeader("CamelHttpResponseCode", 200));
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @Override
    public void send(String toNumber, String message) {
        template.requestBodyAndHeader("direct:send", message, CallfireConstants.TO_NUMBER, toNumber);
    }

    @Override
    public void close() {
        context.stop();
    }
}
