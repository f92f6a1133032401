package io.github.camelcallfire.send;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.sandbox.control.FaultPhase;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures after CallFire processed a chunk (an error answer or a lost connection although the texts were stored),
 * and lost connections before it did: the producer never repeats such a chunk on its own; the route resolves it the
 * way docs/reliability.md shows (look the chunk's first number up, then mark the chunk sent or not sent) and
 * redelivers. Counted through the sandbox: every number exactly once.
 */
class UnknownOutcomeSendTest extends CallfireTestSupport {

    private static final int SENDS = 10;
    private static final int RECIPIENTS = 3000;

    private final AtomicInteger resolvedSent = new AtomicInteger();
    private final AtomicInteger resolvedNotSent = new AtomicInteger();

    @Override
    protected void addRoutes(CamelContext camelContext) throws Exception {
        LookUpUnknownChunk.fastRetries(camelContext);
        camelContext.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(SendOutcomeUnknownException.class, CallfireApiException.class)
                        .onWhen(e -> e.getException() instanceof SendOutcomeUnknownException
                                || e.getException(CallfireApiException.class).getHttpStatus() == 429)
                        .maximumRedeliveries(500).redeliveryDelay(0).onRedelivery(UnknownOutcomeSendTest.this::resolve);
                from("direct:send").to("callfire:texts/send?defaultMessage=Hello&maxRetries=1");
            }
        });
    }

    private void resolve(Exchange exchange) {
        Boolean sent = LookUpUnknownChunk.resolve(exchange, template);
        if (sent != null) {
            (sent ? resolvedSent : resolvedNotSent).incrementAndGet();
        }
    }

    @Test
    void failuresAfterAndBeforeProcessingWithRefusalsSendEveryRecipientExactlyOnce() {
        // the first chunk is surely lost before the sandbox sees it, so that both resolutions happen in every run
        Fault firstLost = fault(FaultPhase.BEFORE, 1.0, null, true);
        firstLost.setCount(1);
        sandbox().addFault(firstLost);
        sandbox().addFault(fault(FaultPhase.AFTER, 0.15, 500, false));
        sandbox().addFault(fault(FaultPhase.AFTER, 0.1, null, true));
        sandbox().addFault(fault(FaultPhase.BEFORE, 0.3, 429, false));
        sandbox().addFault(fault(FaultPhase.BEFORE, 0.1, null, true));

        for (int send = 0; send < SENDS; send++) {
            List<String> numbers = ExactlyOnceSendTest.numbers((long) send * RECIPIENTS, RECIPIENTS);
            Exchange done = template.send("direct:send", e -> e.getMessage().setBody(numbers));
            assertThat(done.getException()).isNull();
        }
        sandbox().clearFaults();

        assertThat(resolvedSent).as("chunks processed although their answer was lost").hasPositiveValue();
        assertThat(resolvedNotSent).as("chunks lost before CallFire saw them").hasPositiveValue();
        Map<String, Integer> perNumber = SentTexts.perNumber(template);
        assertThat(SentTexts.total(perNumber)).isEqualTo((long) SENDS * RECIPIENTS);
        assertThat(perNumber).hasSize(SENDS * RECIPIENTS);
        assertThat(perNumber.values()).containsOnly(1);
    }

    @Test
    void anUnresolvedUnknownChunkIsNeverSentAgain() {
        // the first chunk passes (the first matching after-rule acts, and this one changes nothing), the second is lost
        Fault firstPasses = fault(FaultPhase.AFTER, 1.0, null, false);
        firstPasses.setLatencyMs(0);
        firstPasses.setCount(1);
        Fault lostAnswer = fault(FaultPhase.AFTER, 1.0, 500, false);
        lostAnswer.setCount(1);
        sandbox().addFault(firstPasses);
        sandbox().addFault(lostAnswer);
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setBody(ExactlyOnceSendTest.numbers(0, RECIPIENTS));

        template.send("callfire:texts/send?defaultMessage=Hi", exchange);

        assertThat(exchange.getException()).isInstanceOf(SendOutcomeUnknownException.class)
                .hasMessageContaining("the outcome of recipients #1000-#1999 is unknown")
                .hasMessageContaining("recipients #0-#999 were sent and #2000-#2999 were not");
        SendOutcomeUnknownException unknown = (SendOutcomeUnknownException) exchange.getException();
        assertThat(unknown.getUnknownRecipients()).hasSize(1000).first().asString().contains(SentTexts.number(1000));
        assertThat(unknown.getProgress().toString()).isEqualTo(
                exchange.getMessage().getHeader(CallfireConstants.SEND_PROGRESS));

        long requests = sandbox().requestCount();
        exchange.setException(null);
        template.send("callfire:texts/send?defaultMessage=Hi", exchange);
        assertThat(exchange.getException()).as("a redelivery while unresolved").isInstanceOf(
                SendOutcomeUnknownException.class);
        assertThat(sandbox().requestCount()).as("nothing sent while unresolved").isEqualTo(requests);

        exchange.setException(null);
        SendProgress.resolveUnknown(exchange, true);
        template.send("callfire:texts/send?defaultMessage=Hi", exchange);

        assertThat(exchange.getException()).isNull();
        assertThat(sandbox().requestCount() - requests).as("only the last chunk").isEqualTo(1);
        assertThat(exchange.getMessage().getBody(SendSummary.class).getRecipients()).isEqualTo(RECIPIENTS);
        Map<String, Integer> perNumber = SentTexts.perNumber(template);
        assertThat(perNumber).hasSize(RECIPIENTS);
        assertThat(perNumber.values()).containsOnly(1);
    }

    private static Fault fault(FaultPhase phase, double probability, Integer status, boolean drop) {
        Fault fault = new Fault();
        fault.setMethod("POST");
        fault.setPath("/v2/texts");
        fault.setPhase(phase);
        fault.setProbability(probability);
        fault.setStatus(status);
        fault.setDrop(drop);
        return fault;
    }
}
