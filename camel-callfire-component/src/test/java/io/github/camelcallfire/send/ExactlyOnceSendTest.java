package io.github.camelcallfire.send;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.sandbox.control.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards issue 10's duplicates: lists of 3,000 (three chunks) under 30% refusals (429) with a route that redelivers,
 * the pattern docs/reliability.md recommends. Before the fix each redelivery re-sent the chunks that had gone out
 * (40,000+ texts stored for 30,000 intended). Counted through the sandbox, per number.
 */
class ExactlyOnceSendTest extends CallfireTestSupport {

    private static final int SENDS = 10;
    private static final int RECIPIENTS = 3000;

    private final AtomicInteger redeliveries = new AtomicInteger();

    @Override
    protected void addRoutes(CamelContext camelContext) throws Exception {
        LookUpUnknownChunk.fastRetries(camelContext);
        camelContext.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(CallfireApiException.class)
                        .onWhen(e -> e.getException(CallfireApiException.class).getHttpStatus() == 429)
                        .maximumRedeliveries(200).redeliveryDelay(0)
                        .onRedelivery(e -> redeliveries.incrementAndGet());
                from("direct:producerRetries").to("callfire:texts/send?defaultMessage=Hello");
                from("direct:noProducerRetries").to("callfire:texts/send?defaultMessage=Hello&maxRetries=0");
            }
        });
    }

    @Test
    void redeliveriesUnderRefusalsSendEveryRecipientExactlyOnce() {
        sandbox().addFault(refusals(0.3));

        for (int send = 0; send < SENDS; send++) {
            Exchange done = template.send("direct:noProducerRetries", e -> e.getMessage().setBody(list(0)));
            assertThat(done.getException()).isNull();
            assertThat(done.getMessage().getHeader(CallfireConstants.SEND_PROGRESS)).as("cleared when done").isNull();
            assertThat(done.getMessage().getBody(SendSummary.class).getRecipients()).isEqualTo(RECIPIENTS);
        }
        sandbox().clearFaults();

        assertThat(redeliveries).as("Camel redelivered failed chunks").hasPositiveValue();
        assertEveryNumberTextedOnce(0);
    }

    @Test
    void theIdsOfARedeliveredSendCoverEveryChunkOnce() {
        sandbox().addFault(refusals(0.5));

        Exchange done = template.send("direct:noProducerRetries", e -> {
            e.getMessage().setBody(numbers(0, RECIPIENTS));
            e.getMessage().setHeader(CallfireConstants.SEND_RESULT, SendResult.IDS);
        });
        sandbox().clearFaults();

        assertThat(done.getException()).isNull();
        long[] ids = done.getMessage().getBody(SendSummary.class).getIds();
        assertThat(ids).hasSize(RECIPIENTS).doesNotHaveDuplicates();
        Text lastText = template.requestBody("callfire:texts/get?id=" + ids[RECIPIENTS - 1], null, Text.class);
        assertThat(lastText.getToNumber()).as("ids in recipient order").isEqualTo(SentTexts.number(RECIPIENTS - 1));
    }

    @Test
    void refusedChunksAreRetriedInsideTheProducerAndCountedOnce() {
        sandbox().addFault(refusals(0.3));

        for (int send = 0; send < SENDS; send++) {
            Exchange done = template.send("direct:producerRetries", e -> e.getMessage().setBody(list(1)));
            assertThat(done.getException()).isNull();
        }
        sandbox().clearFaults();

        assertEveryNumberTextedOnce(1);
    }

    @Test
    void aRefusedChunkIsRetriedWithoutARedelivery() {
        Fault twice = refusals(1);
        twice.setCount(2);
        twice.setRetryAfterSeconds(0);
        sandbox().addFault(twice);
        long before = sandbox().requestCount();

        Exchange done = template.send("direct:producerRetries", e -> e.getMessage().setBody(numbers(0, RECIPIENTS)));

        assertThat(done.getException()).isNull();
        assertThat(redeliveries).hasValue(0);
        assertThat(sandbox().requestCount() - before).as("3 chunks + 2 refused attempts").isEqualTo(5);
        assertThat(done.getMessage().getBody(SendSummary.class).getRequests()).isEqualTo(3);
    }

    private void assertEveryNumberTextedOnce(int round) {
        Map<String, Integer> perNumber = SentTexts.perNumber(template);
        assertThat(SentTexts.total(perNumber)).isEqualTo((long) SENDS * RECIPIENTS);
        assertThat(perNumber).hasSize(SENDS * RECIPIENTS);
        assertThat(perNumber.values()).containsOnly(1);
        assertThat(perNumber).containsKeys(SentTexts.number(base(round, 0)), SentTexts.number(base(round, SENDS) - 1));
    }

    private int sendIndex;

    /* each call gives the next send of the round its own 3,000 numbers */
    private List<String> list(int round) {
        return numbers(base(round, sendIndex++ % SENDS), RECIPIENTS);
    }

    private static long base(int round, int send) {
        return (long) round * 1_000_000 + (long) send * RECIPIENTS;
    }

    static List<String> numbers(long from, int count) {
        List<String> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(SentTexts.number(from + i));
        }
        return numbers;
    }

    private static Fault refusals(double probability) {
        Fault fault = new Fault();
        fault.setMethod("POST");
        fault.setPath("/v2/texts");
        fault.setStatus(429);
        fault.setProbability(probability);
        return fault;
    }
}
