package io.github.camelcallfire.send;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.ChildContexts;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;

import java.io.File;
import java.util.List;

/**
 * A process that {@link KilledSendTest} kills with SIGKILL in the middle of a send and then starts again: it sends
 * {@code count} numbers under the send key {@code campaign-1}, keeping the progress in a FileStateRepository, and
 * resolves a chunk of unknown outcome as docs/reliability.md shows. Arguments: baseUrl username password stateFile
 * count. Prints RESOLVED lines, then DONE with the summary.
 */
public final class KilledSendChild {

    private KilledSendChild() {
    }

    public static void main(String[] args) throws Exception {
        CamelContext context = ChildContexts.callfire(args);
        context.getRegistry().bind("sendState", FileStateRepository.fileStateRepository(new File(args[3])));
        ProducerTemplate template = context.createProducerTemplate();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(SendOutcomeUnknownException.class).maximumRedeliveries(3).redeliveryDelay(0)
                        .onRedelivery(exchange -> {
                            SendProgress before = SendProgress.of(exchange);
                            Boolean sent = LookUpUnknownChunk.resolve(exchange, template);
                            if (sent != null) {
                                System.out.println("RESOLVED " + before + " sent=" + sent);
                            }
                        });
                from("direct:send").to("callfire:texts/send?defaultMessage=Hi&sendStateRepository=#sendState");
            }
        });
        context.start();
        List<String> numbers = ExactlyOnceSendTest.numbers(0, Integer.parseInt(args[4]));
        Exchange done = template.send("direct:send", e -> {
            e.getMessage().setBody(numbers);
            e.getMessage().setHeader(CallfireConstants.SEND_KEY, "campaign-1");
        });
        System.out.println(done.getException() == null ? "DONE " + done.getMessage().getBody()
                : "FAILED " + done.getException());
        context.stop();
    }
}
