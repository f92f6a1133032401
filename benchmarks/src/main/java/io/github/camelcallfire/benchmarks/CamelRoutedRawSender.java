package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.CallfireConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * P1 (d), Camel's floor: the same template call and {@code direct:} route as (c), ending in a processor that makes
 * exactly (a)'s call with (a)'s client. No component could cost less inside a Camel route, so (d)/(a) bounds what
 * (c)/(a) can reach on this machine.
 */
final class CamelRoutedRawSender implements Sender {

    private final CamelContext context = new DefaultCamelContext();
    private final RawHttpSender raw;
    private final ProducerTemplate template;

    CamelRoutedRawSender(String baseUrl, String username, String password, int connections) throws Exception {
        raw = new RawHttpSender(baseUrl, username, password, connections);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").process(exchange -> raw.send(
                        exchange.getMessage().getHeader(CallfireConstants.TO_NUMBER, String.class),
                        exchange.getMessage().getBody(String.class)));
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
    public void close() throws Exception {
        context.stop();
        raw.close();
    }
}
