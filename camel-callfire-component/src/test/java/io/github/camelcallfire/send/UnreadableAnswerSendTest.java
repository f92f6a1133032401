package io.github.camelcallfire.send;

import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.http.CallfireTransportException;
import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.sandbox.control.FaultPhase;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chunk CallFire accepted but whose answer came back cut short counts as sent: the send stops with stage
 * ANSWER_UNREADABLE, and a redelivery goes on after that chunk instead of texting its recipients again.
 */
class UnreadableAnswerSendTest extends CallfireTestSupport {

    private static final int RECIPIENTS = 2500;

    private final AtomicInteger unreadable = new AtomicInteger();

    @Override
    protected void addRoutes(CamelContext camelContext) throws Exception {
        camelContext.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(CallfireTransportException.class)
                        .onWhen(e -> e.getException(CallfireTransportException.class).getStage()
                                == CallfireTransportException.Stage.ANSWER_UNREADABLE)
                        .maximumRedeliveries(3).redeliveryDelay(0)
                        .onRedelivery(e -> unreadable.incrementAndGet());
                from("direct:send").to("callfire:texts/send?defaultMessage=Hello&maxRetries=0");
            }
        });
    }

    @Test
    void aChunkWhoseAnswerWasCutShortIsNotSentAgain() {
        Fault cutShort = new Fault();
        cutShort.setMethod("POST");
        cutShort.setPath("/v2/texts");
        cutShort.setMalformed(true);
        cutShort.setPhase(FaultPhase.AFTER);
        cutShort.setCount(1);
        sandbox().addFault(cutShort);

        Exchange done = template.send("direct:send", e -> e.getMessage()
                .setBody(ExactlyOnceSendTest.numbers(0, RECIPIENTS)));

        assertThat(done.getException()).isNull();
        assertThat(unreadable).as("the cut answer failed the first delivery").hasValue(1);
        assertThat(done.getMessage().getBody(SendSummary.class).getRecipients()).isEqualTo(RECIPIENTS);
        Map<String, Integer> perNumber = SentTexts.perNumber(template);
        assertThat(perNumber).hasSize(RECIPIENTS);
        assertThat(perNumber.values()).containsOnly(1);
    }
}
