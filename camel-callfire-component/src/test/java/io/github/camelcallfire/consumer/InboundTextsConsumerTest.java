package io.github.camelcallfire.consumer;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.ActionState;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.sandbox.control.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InboundTextsConsumerTest extends ConsumerTestSupport {

    private static final String INBOUND_TEXTS = "callfire:texts/find?inbound=true&toNumber=" + OUR_NUMBER
            + "&startFrom=BEGINNING&delay=20&initialDelay=0";

    private final EmittedItems emitted = new EmittedItems();

    @Test
    void emitsEachOfAThousandTextsOnceWhileTheyKeepArriving() throws Exception {
        startContext(route(INBOUND_TEXTS + "&pageSize=50"));
        // texts to another number must not show up
        sandbox().injectInboundText(HANDSET, "12135550999", "not for us");

        List<Long> injected = CompletableFuture.supplyAsync(() -> {
            List<Long> ids = new ArrayList<>();
            for (int burst = 0; burst < 20; burst++) {
                ids.addAll(injectTexts(50, "burst " + burst));
            }
            return ids;
        }).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> emitted.distinct() == injected.size());
        emitted.assertEachExactlyOnce(injected);
        assertThat(emitted.order()).isSorted();
    }

    @Test
    void emitsTheTypedTextWithRoutingHeaders() throws Exception {
        long id = sandbox().injectInboundText(HANDSET, OUR_NUMBER, "STOP");
        startContext(route(INBOUND_TEXTS));

        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == 1);
        Exchange exchange = emitted.exchanges().get(0);
        Text text = exchange.getMessage().getBody(Text.class);
        assertThat(text.getId()).isEqualTo(id);
        assertThat(text.getMessage()).isEqualTo("STOP");
        assertThat(exchange.getMessage().getHeaders())
                .containsEntry(CallfireConstants.ITEM_ID, id)
                .containsEntry(CallfireConstants.ITEM_FROM_NUMBER, HANDSET)
                .containsEntry(CallfireConstants.ITEM_TO_NUMBER, OUR_NUMBER)
                .containsEntry(CallfireConstants.ITEM_MESSAGE, "STOP")
                .containsEntry(CallfireConstants.ITEM_INBOUND, true)
                .containsEntry(CallfireConstants.ITEM_STATE, ActionState.FINISHED)
                .containsEntry(CallfireConstants.ITEM_CREATED, text.getCreated());
    }

    @Test
    void consumedHeadersNeverRedirectALaterProducer() throws Exception {
        sandbox().injectInboundText(HANDSET, OUR_NUMBER, "ALERT");
        String oncall = "12135550177";
        CamelContext context = startContext(new RouteBuilder() {
            @Override
            public void configure() {
                from(INBOUND_TEXTS).setBody(simple("Forwarded: ${body.message}"))
                        .to("callfire:texts/send?toNumber=" + oncall);
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> context.createProducerTemplate()
                .requestBody("callfire:texts/find?inbound=false&toNumber=" + oncall, null, Page.class)
                .getTotalCount() == 1);
        Page<?> toUs = context.createProducerTemplate()
                .requestBody("callfire:texts/find?inbound=false&toNumber=" + OUR_NUMBER, null, Page.class);
        assertThat(toUs.getTotalCount()).as("nothing may be sent to the consumed text's recipient").isZero();
    }

    @Test
    void emitsAFailedTextAgainAndOnlyThenTheOnesAfterIt() throws Exception {
        List<Long> injected = injectTexts(5, "hello");
        long failing = injected.get(2);
        AtomicBoolean failedOnce = new AtomicBoolean();
        startContext(new RouteBuilder() {
            @Override
            public void configure() {
                from(INBOUND_TEXTS).process(emitted).process(exchange -> {
                    long id = exchange.getMessage().getHeader(CallfireConstants.ITEM_ID, Long.class);
                    if (id == failing && failedOnce.compareAndSet(false, true)) {
                        throw new IllegalStateException("downstream system unavailable");
                    }
                });
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == 5);
        assertThat(emitted.timesEmitted(failing)).isEqualTo(2);
        assertThat(injected).filteredOn(id -> id != failing).allMatch(id -> emitted.timesEmitted(id) == 1);
        assertThat(emitted.order()).containsExactly(injected.get(0), injected.get(1), failing, failing,
                injected.get(3), injected.get(4));
    }

    @Test
    void losesNothingWhenCallfireAnswers429And500() throws Exception {
        Fault tooManyRequests = sandbox().addFault(fault(429, 5));
        Fault serverError = sandbox().addFault(fault(500, 10));
        // a fault on any page fails the whole poll, so most polls fail in a row: a short back-off keeps this test
        // about losing nothing rather than about waiting
        startContext(route(INBOUND_TEXTS + "&pageSize=50&failureMaxBackoff=200"));

        List<Long> injected = injectTexts(200, "flaky");

        // the faults act by chance, so they may still be pending when the last text arrives: wait for both
        await().atMost(Duration.ofSeconds(30)).until(() -> emitted.distinct() == injected.size()
                && tooManyRequests.getRemaining() == 0 && serverError.getRemaining() == 0);
        emitted.assertEachExactlyOnce(injected);
        assertThat(emitted.order()).isSorted();
    }

    @Test
    void emitsALateTextInsideTheLookBackWindowOnce() throws Exception {
        startContext(route(INBOUND_TEXTS + "&lookBackMs=60000"));
        long first = sandbox().injectInboundText(HANDSET, OUR_NUMBER, "first");
        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == 1);

        // a text that becomes visible only now, stamped 30 s before the one already emitted
        sandbox().clock().set(sandbox().clock().now() - 30_000);
        long late = sandbox().injectInboundText(HANDSET, OUR_NUMBER, "late");
        sandbox().clock().reset();

        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == 2);
        emitted.assertEachExactlyOnce(List.of(first, late));
    }

    @Test
    void emitsABurstLargerThanTheRecentIdsAndALateTextInItEachOnce() throws Exception {
        startContext(route(INBOUND_TEXTS + "&lookBackMs=3000"));
        // more than the 250 recent ids: the rest of the burst waits until it is older than the look-back window
        List<Long> expected = new ArrayList<>(injectTexts(600, "burst"));
        sandbox().clock().set(sandbox().clock().now() - 1_000);
        expected.add(sandbox().injectInboundText(HANDSET, OUR_NUMBER, "late"));
        sandbox().clock().reset();

        await().atMost(Duration.ofSeconds(20)).until(() -> emitted.distinct() == expected.size());
        emitted.assertEachExactlyOnce(expected);
    }

    @Test
    void ignoresATextOlderThanTheLookBackWindow() throws Exception {
        startContext(route(INBOUND_TEXTS + "&lookBackMs=1000"));
        long first = sandbox().injectInboundText(HANDSET, OUR_NUMBER, "first");
        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == 1);

        sandbox().clock().set(sandbox().clock().now() - 30_000);
        sandbox().injectInboundText(HANDSET, OUR_NUMBER, "too late");
        sandbox().clock().reset();
        long next = sandbox().injectInboundText(HANDSET, OUR_NUMBER, "next");

        // the poll that finds "next" asks for the window that "too late" is outside of
        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.timesEmitted(next) == 1);
        emitted.assertEachExactlyOnce(List.of(first, next));
    }

    @Test
    void emitsAtMostMaxMessagesPerPollOldestFirst() throws Exception {
        List<Long> injected = injectTexts(35, "batch");
        startContext(route(INBOUND_TEXTS + "&maxMessagesPerPoll=10"));

        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == injected.size());
        emitted.assertEachExactlyOnce(injected);
        assertThat(emitted.order()).containsExactlyElementsOf(injected);
        assertThat(emitted.exchanges()).allMatch(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class) <= 10);
    }

    @Test
    void startsWithTextsArrivingAfterTheFirstStartByDefault() throws Exception {
        injectTexts(3, "before");
        startContext(route("callfire:texts/find?inbound=true&delay=20&initialDelay=0"));
        List<Long> after = injectTexts(2, "after");

        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == 2);
        emitted.assertEachExactlyOnce(after);
    }

    private RouteBuilder route(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(emitted);
            }
        };
    }

    private static Fault fault(int status, int count) {
        Fault fault = new Fault();
        fault.setPath("/v2/texts.*");
        fault.setStatus(status);
        fault.setRetryAfterSeconds(0);
        fault.setProbability(0.5);
        fault.setCount(count);
        return fault;
    }
}
