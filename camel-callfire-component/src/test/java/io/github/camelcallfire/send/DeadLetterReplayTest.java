package io.github.camelcallfire.send;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.sandbox.control.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list whose second chunk keeps being refused ends in a dead letter channel; replayed later it sends only the
 * chunks that had not gone out: the dead exchange itself, the original message of useOriginalMessage() (the exchange
 * property carries the progress), and a copy that kept only body and headers (a message replayed from a queue).
 */
class DeadLetterReplayTest extends CallfireTestSupport {

    private static final String SEND = "callfire:texts/send?defaultMessage=Hi&maxRetries=0";
    private static final int RECIPIENTS = 3000;

    @Override
    protected void addRoutes(CamelContext camelContext) throws Exception {
        camelContext.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:asFailed").errorHandler(deadLetterChannel("mock:dead")).to(SEND);
                from("direct:original").errorHandler(deadLetterChannel("mock:deadOriginal").useOriginalMessage())
                        .to(SEND);
            }
        });
    }

    @Test
    void theDeadExchangeReplayedSendsOnlyWhatHadNotGoneOut() throws Exception {
        Exchange dead = failSecondChunk("direct:asFailed", "mock:dead");

        assertThat(dead.getMessage().getHeader(CallfireConstants.SEND_PROGRESS, String.class)).contains("sent=1000;");
        replayedSendsTheRest(dead);
    }

    @Test
    void theOriginalMessageReplayedInTheSameExchangeSendsOnlyWhatHadNotGoneOut() throws Exception {
        Exchange dead = failSecondChunk("direct:original", "mock:deadOriginal");

        assertThat(dead.getMessage().getHeader(CallfireConstants.SEND_PROGRESS)).as("the original message").isNull();
        replayedSendsTheRest(dead);
    }

    @Test
    void aCopyWithOnlyBodyAndHeadersSendsOnlyWhatHadNotGoneOut() throws Exception {
        Exchange dead = failSecondChunk("direct:asFailed", "mock:dead");
        Exchange fromQueue = new DefaultExchange(context);
        fromQueue.getMessage().setBody(dead.getMessage().getBody());
        dead.getMessage().getHeaders().forEach((name, value) -> {
            if (value instanceof String) {
                fromQueue.getMessage().setHeader(name, value);
            }
        });

        replayedSendsTheRest(fromQueue);
        assertThat(fromQueue.getMessage().getBody(SendSummary.class).getCreated())
                .as("this delivery created only the last two chunks").isEqualTo(2000);
    }

    private Exchange failSecondChunk(String route, String deadLetters) throws Exception {
        MockEndpoint dead = context.getEndpoint(deadLetters, MockEndpoint.class);
        dead.expectedMessageCount(1);
        Fault first = new Fault();
        first.setMethod("POST");
        first.setPath("/v2/texts");
        first.setLatencyMs(0);
        first.setCount(1);
        Fault refused = new Fault();
        refused.setMethod("POST");
        refused.setPath("/v2/texts");
        refused.setStatus(429);
        refused.setCount(1);
        sandbox().addFault(first);
        sandbox().addFault(refused);

        template.send(route, e -> e.getMessage().setBody(ExactlyOnceSendTest.numbers(0, RECIPIENTS)));

        dead.assertIsSatisfied();
        Exchange failed = dead.getExchanges().get(0);
        assertThat(failed.getProperty(Exchange.EXCEPTION_CAUGHT)).isInstanceOf(CallfireApiException.class);
        assertThat(SentTexts.total(SentTexts.perNumber(template))).isEqualTo(1000);
        return failed;
    }

    private void replayedSendsTheRest(Exchange replay) {
        long before = sandbox().requestCount();
        replay.setException(null);

        template.send(SEND, replay);

        assertThat(replay.getException()).isNull();
        assertThat(sandbox().requestCount() - before).as("the two chunks not sent").isEqualTo(2);
        Map<String, Integer> perNumber = SentTexts.perNumber(template);
        assertThat(perNumber).hasSize(RECIPIENTS);
        assertThat(perNumber.values()).containsOnly(1);
        assertThat(replay.getMessage().getBody(SendSummary.class).getRecipients()).isEqualTo(RECIPIENTS);
        assertThat(replay.getMessage().getHeader(CallfireConstants.SEND_PROGRESS)).isNull();
    }
}
