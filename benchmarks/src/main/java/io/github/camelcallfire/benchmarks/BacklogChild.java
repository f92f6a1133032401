package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.model.Text;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P6's child JVM (started with -Xmx64m by {@link BacklogBenchmark}): a consumer of inbound texts with
 * {@code startFrom=BEGINNING} drains the backlog waiting in the sandbox, and prints one {@code RESULT} line: items
 * emitted, duplicates, items out of creation order, time, peak heap and the bytes of position written to its state
 * repository. Arguments: base URL, username, password, inbound number, backlog size.
 */
public final class BacklogChild {

    private BacklogChild() {
    }

    public static void main(String[] args) throws Exception {
        long expected = Long.parseLong(args[4]);
        CamelContext context = Camels.withCallfire(args[0], args[1], args[2], 1);
        CountingState state = new CountingState();
        context.getRegistry().bind("state", state);
        AtomicLong emitted = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong outOfOrder = new AtomicLong();
        long[] lastCreated = { Long.MIN_VALUE };
        long[] lastId = { Long.MIN_VALUE };
        CountDownLatch drained = new CountDownLatch(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("callfire:texts/find?inbound=true&toNumber=" + args[3] + "&startFrom=BEGINNING&delay=1"
                        + "&initialDelay=0&stateRepository=#state")
                        .process(exchange -> {
                            Text text = exchange.getMessage().getBody(Text.class);
                            // the sandbox numbers seeded texts in creation order: an id not above the last is a
                            // repeat, and with every id rising, the count alone proves each text came once
                            if (text.getId() <= lastId[0]) {
                                duplicates.incrementAndGet();
                            }
                            lastId[0] = text.getId();
                            if (text.getCreated() < lastCreated[0]) {
                                outOfOrder.incrementAndGet();
                            }
                            lastCreated[0] = text.getCreated();
                            if (emitted.incrementAndGet() == expected) {
                                drained.countDown();
                            }
                        });
            }
        });
        long start = System.nanoTime();
        context.start();
        boolean done = drained.await(10, TimeUnit.MINUTES);
        long millis = (System.nanoTime() - start) / 1_000_000;
        context.stop();
        System.out.println("RESULT drained=" + done + " items=" + emitted.get() + " duplicates=" + duplicates.get()
                + " outOfOrder=" + outOfOrder.get() + " millis=" + millis + " peakHeapMB="
                + PagingChild.peakHeapBytes() / (1024 * 1024) + " stateBytes=" + state.bytes.get());
    }

    /** A memory repository that counts the characters of every position written. */
    private static final class CountingState extends MemoryStateRepository implements StateRepository<String, String> {
        private final AtomicLong bytes = new AtomicLong();

        @Override
        public void setState(String key, String value) {
            bytes.addAndGet(value.length());
            super.setState(key, value);
        }
    }
}
