package io.github.camelcallfire;

import io.github.camelcallfire.testing.RecordedFailures;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.LoggingExceptionHandler;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How {@code CallfireConsumer} is set up and how it hands items to the route: the options it refuses at route start
 * (and the limits it accepts), the key it saves its position under, the life cycle of its state repository, the batch
 * properties of each exchange and an exchange marked rollback-only. The consumers poll every 10 ms, so that a consumer
 * that stops polling fails a test at once. Each test names the regression it guards.
 */
class ConsumerSetupTest extends CallfireTestSupport {

    private static final String OUR_NUMBER = "12135550100";
    private static final String HANDSET = "13105550111";
    /* a consumer that is set up and started but does not poll during the test */
    private static final String IDLE = "delay=600000&initialDelay=600000";

    private final List<Exchange> emitted = new CopyOnWriteArrayList<>();

    /** Guards both bounds of the pageSize check (1 and 1000 are accepted, 0 and 1001 are not). */
    @Test
    void pageSizeMustBeBetweenOneAndAThousand() throws Exception {
        assertThat(routeFailure("callfire:contacts/find?pageSize=0&" + IDLE))
                .isEqualTo("Option pageSize must be between 1 and 1000, but was 0");
        assertThat(routeFailure("callfire:contacts/find?pageSize=1001&" + IDLE))
                .isEqualTo("Option pageSize must be between 1 and 1000, but was 1001");

        startConsumer("callfire:contacts/find?pageSize=1&" + IDLE);
        startConsumer("callfire:contacts/find?pageSize=1000&" + IDLE);
        assertThat(context.getRoutes()).hasSize(2);
    }

    /** Guards the three not-negative checks, each naming its option; zero is accepted. */
    @ParameterizedTest
    @ValueSource(strings = { "lookBackMs", "authFailureMaxBackoff", "failureMaxBackoff" })
    void aNegativeDurationIsRefusedNamingTheOption(String option) throws Exception {
        assertThat(routeFailure("callfire:texts/find?" + option + "=-1&" + IDLE))
                .isEqualTo("Option " + option + " must not be negative, but was -1");

        startConsumer("callfire:texts/find?" + option + "=0&" + IDLE);
    }

    /** Guards the loop over the options the consumer sets itself on each find. */
    @ParameterizedTest
    @ValueSource(strings = { "intervalBegin=0", "intervalEnd=0", "offset=5", "limit=5" })
    void optionsTheConsumerManagesCannotBeSet(String option) {
        assertThat(routeFailure("callfire:texts/find?" + option + "&" + IDLE))
                .startsWith("Option " + option.substring(0, option.indexOf('=')) + " cannot be set on a consumer "
                        + "(callfire:texts/find)");
    }

    /** Guards the item type check of emitFinalOnly: broadcasts filter by creation time but have no final state. */
    @Test
    void emitFinalOnlyAppliesToTextsAndCallsOnly() throws Exception {
        assertThat(routeFailure("callfire:broadcasts/find?emitFinalOnly=true&" + IDLE))
                .isEqualTo("Option emitFinalOnly applies to callfire:texts/find and callfire:calls/find, not to "
                        + "callfire:broadcasts/find");

        startConsumer("callfire:calls/find?emitFinalOnly=true&" + IDLE);
    }

    /** Guards the id check of the constructor: regions carry no id, so new ones cannot be told from old ones. */
    @Test
    void aFindWhoseItemsCarryNoIdCannotBeConsumed() {
        assertThat(routeFailure("callfire:numbers/find-regions?" + IDLE))
                .isEqualTo("callfire:numbers/find-regions cannot be consumed: its items (Region) carry no id to tell "
                        + "new ones from those already emitted");
    }

    /**
     * Guards the rule chosen by the consumer (creation time where the find filters by it and its items carry it, ids
     * otherwise) and that a start failure without saved state is reported as it is, not as an unreadable position.
     */
    @Test
    void theRuleFollowsTheFindAndAStartInstantNeedsCreationTimes() throws Exception {
        MemoryStateRepository repository = new MemoryStateRepository();
        context.getRegistry().bind("state", repository);

        startConsumer("callfire:texts/find?startFrom=BEGINNING&stateRepository=#state&" + IDLE);
        startConsumer("callfire:contacts/find?startFrom=BEGINNING&stateRepository=#state&" + IDLE);

        assertThat(repository.getState("callfire:texts/find")).isEqualTo("t2|0|0|-|0|-|");
        assertThat(repository.getState("callfire:contacts/find")).isEqualTo("i1|0");
        assertThat(routeFailure("callfire:contacts/find?startFrom=1234&" + IDLE))
                .isEqualTo("startFrom 1234 needs a find that filters by creation time; this one has no creation time, "
                        + "use NOW or BEGINNING");
    }

    /**
     * Guards the endpoint's configureConsumer for a polling consumer: a route's exceptionHandler replaces the
     * consumer's own logger of failed polls.
     */
    @Test
    void theRoutesExceptionHandlerReachesTheConsumer() throws Exception {
        ExceptionHandler handler = new LoggingExceptionHandler(context, getClass());
        context.getRegistry().bind("handler", handler);

        startConsumer("callfire:texts/find?exceptionHandler=#handler&" + IDLE);
        startConsumer("callfire:contacts/find?" + IDLE);

        assertThat(consumer(0).getExceptionHandler()).isSameAs(handler);
        assertThat(consumer(1).getExceptionHandler()).isInstanceOf(io.github.camelcallfire.poll.PollFailureLogger.class);
    }

    /** Guards the default of maxMessagesPerPoll: 0 (Camel's "no limit") becomes 1000, as a poll holds what it emits. */
    @Test
    void aPollAlwaysHasABoundOnTheItemsItHolds() throws Exception {
        startConsumer("callfire:texts/find?maxMessagesPerPoll=0&" + IDLE);
        startConsumer("callfire:contacts/find?maxMessagesPerPoll=7&" + IDLE);

        assertThat(consumer(0).getMaxMessagesPerPoll()).isEqualTo(1000);
        // the endpoint configures the consumer it creates: the URI's scheduler options reach it
        assertThat(consumer(0).getDelay()).isEqualTo(600_000);
        assertThat(consumer(0).getInitialDelay()).isEqualTo(600_000);
        assertThat(consumer(1).getMaxMessagesPerPoll()).isEqualTo(7);
    }

    /**
     * Guards the default state key: the operation, the broadcast type and each filter given, in the order of the
     * operation's options, with '=' replaced (the file repository reserves it); an explicit stateKey wins.
     */
    @Test
    void thePositionIsSavedUnderAKeyNamingTheFindAndItsFilters() throws Exception {
        KeyRecordingRepository repository = new KeyRecordingRepository();
        context.getRegistry().bind("state", repository);

        startConsumer("callfire:texts/find?toNumber=" + OUR_NUMBER + "&inbound=true&label=RAW(a=b)"
                + "&stateRepository=#state&" + IDLE);
        startConsumer("callfire:broadcasts/find?broadcastType=CALL&stateRepository=#state&" + IDLE);
        startConsumer("callfire:contacts/find?stateRepository=#state&stateKey=my-contacts&" + IDLE);

        assertThat(repository.keys()).containsExactlyInAnyOrder(
                "callfire:texts/find?inbound:true&label:a_b&toNumber:" + OUR_NUMBER,
                "callfire:broadcasts/find/CALL",
                "my-contacts");
    }

    /**
     * Guards the consumer's start and stop of a state repository it was given unstarted, and that it leaves alone one
     * that the application started (and may share).
     */
    @Test
    void startsAndStopsAnUnstartedStateRepositoryAndLeavesAStartedOneRunning() throws Exception {
        MemoryStateRepository unstarted = new MemoryStateRepository();
        MemoryStateRepository started = new MemoryStateRepository();
        started.start();
        context.getRegistry().bind("unstarted", unstarted);
        context.getRegistry().bind("started", started);

        startConsumer("callfire:texts/find?stateRepository=#unstarted&" + IDLE);
        startConsumer("callfire:contacts/find?stateRepository=#started&" + IDLE);
        assertThat(unstarted.isStarted()).isTrue();
        assertThat(started.getState("callfire:contacts/find")).isEqualTo("i1|-");

        context.stop();

        assertThat(unstarted.isStopped()).isTrue();
        assertThat(started.isStarted()).isTrue();
    }

    /** Guards the batch properties each exchange carries: its index, the size of the poll's batch, the last one. */
    @Test
    void eachExchangeKnowsItsPlaceInThePollsBatch() throws Exception {
        List<Long> ids = injectTexts(3);

        startConsumer("callfire:texts/find?inbound=true&startFrom=BEGINNING&delay=10&initialDelay=0");

        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.size() >= 3);
        assertThat(emitted).extracting(e -> e.getMessage().getHeader(CallfireConstants.ITEM_ID, Long.class))
                .containsExactlyElementsOf(ids);
        assertThat(emitted).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class))
                .containsExactly(0, 1, 2);
        assertThat(emitted).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class))
                .containsExactly(3, 3, 3);
        assertThat(emitted).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class))
                .containsExactly(false, false, true);
    }

    /**
     * Guards {@code !exchange.isRollbackOnly()} in the consumer's completion check: an exchange the route marks
     * rollback-only (without an exception) did not complete, so its item comes again and the ones after it wait.
     */
    @Test
    void anExchangeMarkedRollbackOnlyIsEmittedAgain() throws Exception {
        List<Long> ids = injectTexts(3);
        AtomicBoolean rolledBack = new AtomicBoolean();
        List<Long> order = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("callfire:texts/find?inbound=true&startFrom=BEGINNING&delay=10&initialDelay=0")
                        .process(exchange -> {
                            long id = exchange.getMessage().getHeader(CallfireConstants.ITEM_ID, Long.class);
                            order.add(id);
                            if (id == ids.get(1) && rolledBack.compareAndSet(false, true)) {
                                exchange.setRollbackOnly(true);
                            }
                        });
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> order.size() >= 4);
        assertThat(order).containsExactly(ids.get(0), ids.get(1), ids.get(1), ids.get(2));
    }

    /**
     * Guards the handling of an exchange that failed with an exception: the consumer hands it to its exception handler
     * (once, with the exception) and emits the item again before the ones after it.
     */
    @Test
    void anExchangeThatFailedGoesToTheExceptionHandlerAndIsEmittedAgain() throws Exception {
        List<Long> ids = injectTexts(3);
        RecordedFailures handled = new RecordedFailures();
        context.getRegistry().bind("handler", handled);
        AtomicBoolean failed = new AtomicBoolean();
        List<Long> order = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("callfire:texts/find?inbound=true&startFrom=BEGINNING&delay=10&initialDelay=0"
                        + "&exceptionHandler=#handler")
                        .process(exchange -> {
                            long id = exchange.getMessage().getHeader(CallfireConstants.ITEM_ID, Long.class);
                            order.add(id);
                            if (id == ids.get(1) && failed.compareAndSet(false, true)) {
                                throw new IllegalStateException("downstream unavailable");
                            }
                        });
            }
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> order.size() >= 4);
        assertThat(order).containsExactly(ids.get(0), ids.get(1), ids.get(1), ids.get(2));
        assertThat(handled.all()).hasSize(1);
        assertThat(handled.all().get(0)).isInstanceOf(IllegalStateException.class).hasMessage("downstream unavailable");
    }

    private List<Long> injectTexts(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(sandbox().injectInboundText(HANDSET, OUR_NUMBER, "text " + i));
        }
        return ids;
    }

    private void startConsumer(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(exchange -> emitted.add(exchange.copy()));
            }
        });
    }

    private ScheduledBatchPollingConsumer consumer(int route) {
        return (ScheduledBatchPollingConsumer) context.getRoutes().get(route).getConsumer();
    }

    /** The root message of the failure of a route with this consumer, in a context of its own. */
    private static String routeFailure(String uri) {
        return rootStartFailure(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).log("never");
            }
        });
    }

    /** Camel's memory repository, recording the keys written. */
    private static final class KeyRecordingRepository extends MemoryStateRepository {

        private final Map<String, Boolean> keys = new ConcurrentHashMap<>();

        @Override
        public void setState(String key, String value) {
            keys.put(key, true);
            super.setState(key, value);
        }

        Set<String> keys() {
            return keys.keySet();
        }
    }
}
