package io.github.camelcallfire.benchmarks;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * P1 (b), what a Camel user writes without the component: a direct route to camel-http with a hand-built JSON body
 * and the Basic header set by hand; the answer is read as a String.
 */
final class CamelHttpSender implements Sender {

    private final CamelContext context = new DefaultCamelContext();
    private final ProducerTemplate template;

    CamelHttpSender(String baseUrl, String username, String password, int connections) throws Exception {
        HttpComponent http = new HttpComponent();
        http.setMaxTotalConnections(connections);
        http.setConnectionsPerRoute(connections);
        context.addComponent("http", http);
        String authorization = RawHttpSender.basicAuthorization(username, password);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send")
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader("Authorization", constant(authorization))
                        .to(baseUrl + "/texts")
                        .convertBodyTo(String.class);
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @Override
    public void send(String toNumber, String message) {
        template.requestBody("direct:send", RawHttpSender.oneRecipient(toNumber, message));
    }

    @Override
    public void close() {
        context.stop();
    }
}
