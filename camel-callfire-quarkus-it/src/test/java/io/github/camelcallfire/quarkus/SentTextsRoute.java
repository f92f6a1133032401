package io.github.camelcallfire.quarkus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelcallfire.model.Text;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.builder.RouteBuilder;

/**
 * A route of the application, discovered by Camel Quarkus: the callfire consumer polls the sandbox for the texts sent
 * to one number and hands each to this bean.
 */
@ApplicationScoped
public class SentTextsRoute extends RouteBuilder {

    static final String TO_NUMBER = "12135551199";

    private final List<Text> received = new CopyOnWriteArrayList<>();

    @Override
    public void configure() {
        from("callfire:texts/find?inbound=false&toNumber=" + TO_NUMBER + "&startFrom=BEGINNING&delay=100&initialDelay=0")
                .routeId("sent-texts")
                .process(exchange -> received.add(exchange.getMessage().getBody(Text.class)));
    }

    public List<Text> received() {
        return received;
    }
}
