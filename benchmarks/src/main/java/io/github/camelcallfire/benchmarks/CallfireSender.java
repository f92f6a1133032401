package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.CallfireConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/** P1 (c): a direct route to {@code callfire:texts/send}, the message as String body, the number as header. */
final class CallfireSender implements Sender {

    private final CamelContext context;
    private final ProducerTemplate template;

    CallfireSender(String baseUrl, String username, String password, int connections) throws Exception {
        context = Camels.withCallfire(baseUrl, username, password, connections);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("callfire:texts/send");
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
