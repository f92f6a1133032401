package io.github.camelcallfire.webhook;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;

import java.util.function.Function;

/**
 * {@code callfire:webhooks/events?webhookPath=...}: receives the notifications of webhooks registered elsewhere on
 * Camel's platform-http (the Vert.x server standalone, the servlet container in Spring Boot, Quarkus' HTTP server).
 */
public final class CallfireWebhookConsumer extends DefaultConsumer {

    private final String path;
    private final WebhookHandlerFactory handlers;
    private Consumer http;

    /** Builds the handler of one consumer, given the route's processor and how to make an event's exchange. */
    @FunctionalInterface
    public interface WebhookHandlerFactory {
        Processor create(Processor next, Function<Exchange, Exchange> eventExchanges);
    }

    public CallfireWebhookConsumer(Endpoint endpoint, Processor processor, String path,
                                   WebhookHandlerFactory handlers) {
        super(endpoint, processor);
        this.path = path.startsWith("/") ? path : "/" + path;
        this.handlers = handlers;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Endpoint platformHttp = getEndpoint().getCamelContext()
                .getEndpoint("platform-http:" + path + "?httpMethodRestrict=POST");
        Processor handler = handlers.create(getProcessor(), httpExchange -> createExchange(false));
        http = platformHttp.createConsumer(handler);
        ServiceHelper.startService(http);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopAndShutdownService(http);
        http = null;
        super.doStop();
    }

    /** The path this consumer listens on. */
    public String getPath() {
        return path;
    }
}
