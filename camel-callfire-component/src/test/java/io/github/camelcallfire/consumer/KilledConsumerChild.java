package io.github.camelcallfire.consumer;

import io.github.camelcallfire.ChildContexts;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.state.AtomicFileStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A process that {@link KilledConsumerTest} kills with SIGKILL while it consumes inbound texts: a consumer with an
 * {@link AtomicFileStateRepository} that appends the id of each text it is handed to a file, in one write each, so a
 * kill never leaves half an id. Runs until it is killed. Arguments: baseUrl username password stateFile emittedFile.
 */
public final class KilledConsumerChild {

    private KilledConsumerChild() {
    }

    public static void main(String[] args) throws Exception {
        CamelContext context = ChildContexts.callfire(args);
        context.getRegistry().bind("state", new AtomicFileStateRepository(args[3]));
        Path emitted = Path.of(args[4]);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("callfire:texts/find?inbound=true&toNumber=" + ConsumerTestSupport.OUR_NUMBER
                        + "&startFrom=BEGINNING&delay=20&initialDelay=0&stateKey=inbound-texts"
                        + "&stateRepository=#state")
                        .process(exchange -> Files.write(emitted, (exchange.getMessage()
                                .getHeader(CallfireConstants.ITEM_ID) + "\n").getBytes(StandardCharsets.US_ASCII),
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND));
            }
        });
        context.start();
        Thread.currentThread().join();
    }
}
