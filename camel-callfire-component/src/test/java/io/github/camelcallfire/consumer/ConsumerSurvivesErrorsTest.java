package io.github.camelcallfire.consumer;

import io.github.camelcallfire.poll.PollFailedException;
import io.github.camelcallfire.poll.PollFailureKind;
import io.github.camelcallfire.testing.RecordedFailures;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An Error in a poll (OutOfMemoryError, StackOverflowError, ...) escapes Camel's scheduled task, and a
 * ScheduledExecutorService never runs a task again once it threw: these tests show that polling goes on.
 */
class ConsumerSurvivesErrorsTest extends ConsumerTestSupport {

    private static final String INBOUND_TEXTS = "callfire:texts/find?inbound=true&toNumber=" + OUR_NUMBER
            + "&startFrom=BEGINNING&delay=20&initialDelay=0";

    private final EmittedItems emitted = new EmittedItems();
    private final RecordedFailures failures = new RecordedFailures();

    @Test
    void keepsPollingAfterAnOutOfMemoryErrorAndEmitsEachTextOnce() throws Exception {
        FailingStateRepository state = new FailingStateRepository();
        List<Long> injected = new ArrayList<>(injectTexts(3, "before"));
        CamelContext context = createContext();
        context.getRegistry().bind("state", state);
        context.getRegistry().bind("failures", failures);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(INBOUND_TEXTS + "&stateRepository=#state&exceptionHandler=#failures").process(emitted);
            }
        });
        context.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == 3);

        // the first write after the next completed text: that text was emitted, its state not yet saved
        OutOfMemoryError error = new OutOfMemoryError("Java heap space (injected by the test)");
        state.failNextWrite(error);
        injected.addAll(injectTexts(3, "after"));

        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == injected.size());
        assertThat(state.errorsThrown()).isEqualTo(1);
        emitted.assertEachExactlyOnce(injected);
        assertThat(emitted.order()).isSorted();
        assertThat(failures.all()).singleElement().isInstanceOfSatisfying(PollFailedException.class, failure -> {
            assertThat(failure.getKind()).isEqualTo(PollFailureKind.UNEXPECTED);
            assertThat(failure.getCause()).isSameAs(error);
            assertThat(failure.getMessage()).contains("java.lang.OutOfMemoryError: Java heap space (injected by the test)");
        });
    }

    @Test
    void keepsPollingAfterAnErrorOutsideThePollItself() throws Exception {
        // a poll strategy runs around each poll, in Camel's task but outside the consumer's poll()
        AtomicInteger begun = new AtomicInteger();
        PollingConsumerPollStrategy failingOnce = new DefaultPollingConsumerPollStrategy() {
            @Override
            public boolean begin(Consumer consumer, Endpoint endpoint) {
                if (begun.incrementAndGet() == 2) {
                    throw new OutOfMemoryError("Metaspace (injected by the test)");
                }
                return true;
            }
        };
        CamelContext context = createContext();
        context.getRegistry().bind("failingOnce", failingOnce);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(INBOUND_TEXTS + "&pollStrategy=#failingOnce").process(emitted);
            }
        });
        context.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> begun.get() >= 2);
        List<Long> injected = injectTexts(3, "after the error");
        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == injected.size());
        emitted.assertEachExactlyOnce(injected);
    }

    @Test
    void reportsAStackOverflowOfTheRouteAsDownAndEmitsTheTextOnceTheRouteIsFixed() throws Exception {
        AtomicBoolean broken = new AtomicBoolean(true);
        long first = sandbox().injectInboundText(HANDSET, OUR_NUMBER, "first");
        CamelContext context = startWithRoute(broken);

        // several failed polls in a row: the task outlived the first StackOverflowError
        await().atMost(Duration.ofSeconds(10)).until(() -> ConsumerHealth.failedPolls(context, "inbound") >= 3);
        HealthCheck.Result down = ConsumerHealth.of(context, "inbound").orElseThrow();
        assertThat(down.getDetails())
                .containsEntry("callfire.failure", "UNEXPECTED")
                .hasEntrySatisfying("callfire.reason", reason -> assertThat(reason).asString()
                        .startsWith("java.lang.StackOverflowError"));
        assertThat(down.getError()).hasValueSatisfying(error -> assertThat(error).hasMessageContaining(
                "Polling callfire:texts/find failed unexpectedly: java.lang.StackOverflowError"));
        assertThat(emitted.distinct()).isZero();

        broken.set(false);
        long second = sandbox().injectInboundText(HANDSET, OUR_NUMBER, "second");

        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == 2);
        emitted.assertEachExactlyOnce(List.of(first, second));
        await().atMost(Duration.ofSeconds(10)).until(() -> ConsumerHealth.isUp(context, "inbound"));
    }

    @Test
    void aRouteThatKeepsThrowingAnErrorLeavesNothingInFlightAndStopsGracefully() throws Exception {
        sandbox().injectInboundText(HANDSET, OUR_NUMBER, "never processed");
        CamelContext context = startWithRoute(new AtomicBoolean(true));
        context.getShutdownStrategy().setTimeout(10);

        await().atMost(Duration.ofSeconds(10)).until(() -> ConsumerHealth.failedPolls(context, "inbound") >= 3);
        await().atMost(Duration.ofSeconds(5)).until(() -> context.getInflightRepository().size() == 0);
        context.getRouteController().stopRoute("inbound");
        assertThat(context.getShutdownStrategy().isTimeoutOccurred()).isFalse();
    }

    /** A route whose processor, while {@code broken}, recurses until the stack overflows: a real StackOverflowError. */
    private CamelContext startWithRoute(AtomicBoolean broken) throws Exception {
        CamelContext context = createContext();
        ConsumerHealth.enable(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(INBOUND_TEXTS + "&failureMaxBackoff=200").routeId("inbound")
                        .process(exchange -> {
                            if (broken.get()) {
                                recurse(0);
                            }
                        })
                        .process(emitted);
            }
        });
        context.start();
        return context;
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
