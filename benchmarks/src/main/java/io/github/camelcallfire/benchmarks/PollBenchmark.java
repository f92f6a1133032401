package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.store.ActionStore;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.ScheduledPollConsumer;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * P3: the cost of one consumer poll that picks up the same number of new inbound texts, first with few and then with
 * many older texts stored. The consumer reaches the sandbox through a {@link CountingProxy}, and its polls are
 * triggered by hand (startScheduler=false) so that each one covers exactly one batch of new texts. lookBackMs=0 keeps
 * the previous batch out of the next poll; with the default look-back both cases would re-read the same extra texts.
 */
final class PollBenchmark {

    /** The number the stored and the new inbound texts are sent to. */
    static final String INBOUND_NUMBER = "12135550100";
    private static final String FROM_NUMBER = "12135550199";

    private final CallfireSandbox sandbox;
    private final Sizes sizes;
    private final ResultTable table;

    PollBenchmark(CallfireSandbox sandbox, Sizes sizes, ResultTable table) {
        this.sandbox = sandbox;
        this.sizes = sizes;
        this.table = table;
    }

    /** Leaves the sandbox holding {@link Sizes#storedMany()} old texts (plus the polled ones) for P4. */
    void run() throws Exception {
        sandbox.reset();
        ActionStore store = sandbox.state().store(ActionStore.class);
        long dayAgo = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1);
        store.seedInboundTexts(sizes.storedFew(), INBOUND_NUMBER, dayAgo);
        Samples[] few = measure();
        // older still, so that the first figures' texts stay the newest of the stored ones
        store.seedInboundTexts(sizes.storedMany() - sizes.storedFew(), INBOUND_NUMBER,
                dayAgo - sizes.storedMany() - 1);
        Samples[] many = measure();
        String batch = sizes.newPerPoll() + " new texts";
        table.add("P3", "poll time, " + batch + ", " + sizes.storedFew() + " stored", few[0], "ms/poll");
        table.add("P3", "poll time, " + batch + ", " + sizes.storedMany() + " stored", many[0], "ms/poll");
        table.add("P3", "poll bytes, " + batch + ", " + sizes.storedFew() + " stored", few[1], "bytes/poll");
        table.add("P3", "poll bytes, " + batch + ", " + sizes.storedMany() + " stored", many[1], "bytes/poll");
        table.atMost("P3 time many/few stored", many[0].median() / few[0].median(), 1.5);
        table.atMost("P3 bytes many/few stored", many[1].median() / few[1].median(), 1.5);
    }

    /** Time and response bytes of polls, each after {@link Sizes#newPerPoll()} new texts arrived. */
    private Samples[] measure() throws Exception {
        Samples millis = new Samples();
        Samples bytes = new Samples();
        AtomicInteger received = new AtomicInteger();
        try (CountingProxy proxy = new CountingProxy("127.0.0.1", sandbox.port())) {
            CamelContext context = Camels.withCallfire("http://127.0.0.1:" + proxy.port() + "/v2",
                    sandbox.username(), sandbox.password(), 1);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("callfire:texts/find?inbound=true&toNumber=" + INBOUND_NUMBER
                            + "&lookBackMs=0&startScheduler=false").routeId("poll")
                            .process(exchange -> received.incrementAndGet());
                }
            });
            context.start();
            try {
                ScheduledPollConsumer consumer = (ScheduledPollConsumer) context.getRoute("poll").getConsumer();
                for (int i = 0; i < sizes.warmups() + sizes.iterations(); i++) {
                    arrive(sizes.newPerPoll());
                    received.set(0);
                    long bytesBefore = proxy.responseBytes();
                    long start = System.nanoTime();
                    consumer.run();
                    double elapsedMillis = (System.nanoTime() - start) / 1e6;
                    if (received.get() != sizes.newPerPoll()) {
                        throw new IllegalStateException("a poll emitted " + received.get() + " texts instead of the "
                                + sizes.newPerPoll() + " new ones");
                    }
                    if (i >= sizes.warmups()) {
                        millis.add(elapsedMillis);
                        bytes.add(proxy.responseBytes() - bytesBefore);
                    }
                }
            } finally {
                context.stop();
            }
        }
        return new Samples[] {millis, bytes};
    }

    /**
     * New inbound texts, each in its own millisecond after the last poll. A poll re-reads the millisecond of the last
     * item it emitted (an item of that millisecond with a higher id may still arrive), so texts sharing that
     * millisecond would be read twice, and how many share it varies from batch to batch: one text per millisecond
     * keeps that re-read at one text, so that the bytes compared depend on the stored history only.
     */
    private void arrive(int count) throws InterruptedException {
        Thread.sleep(2);
        for (int i = 0; i < count; i++) {
            long last = System.currentTimeMillis();
            sandbox.injectInboundText(FROM_NUMBER, INBOUND_NUMBER, "Inbound benchmark text " + i);
            while (System.currentTimeMillis() == last) {
                Thread.onSpinWait();
            }
        }
        Thread.sleep(2);
    }
}
