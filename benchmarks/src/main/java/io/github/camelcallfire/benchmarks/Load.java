package io.github.camelcallfire.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a {@link Sender} with a fixed number of threads that share one counter of messages. Each thread reads its
 * own CPU time and allocated bytes around its sends ({@link ThreadCost}); the run reports their sum.
 */
final class Load {

    /** Phone numbers of the recipients: 11 digits, distinct per message of a run. */
    static String recipient(int index) {
        return Long.toString(12130000000L + index);
    }

    private Load() {
    }

    /** Sends {@code messages} texts with {@code concurrency} threads: messages per second and the threads' cost. */
    static Measured run(Sender sender, int messages, int concurrency) throws Exception {
        // built before the clock starts, so that no contender's figures include making up its input
        String[] numbers = new String[messages];
        String[] texts = new String[messages];
        for (int i = 0; i < messages; i++) {
            numbers[i] = recipient(i);
            texts[i] = "Benchmark message " + i;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong allocatedBytes = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < concurrency; t++) {
                workers.add(threads.submit(() -> {
                    ThreadCost.Cost before = ThreadCost.current();
                    for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
                        sender.send(numbers[i], texts[i]);
                    }
                    ThreadCost.Cost spent = ThreadCost.current().minus(before);
                    cpuNanos.addAndGet(spent.cpuNanos());
                    allocatedBytes.addAndGet(spent.allocatedBytes());
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            long elapsed = System.nanoTime() - start;
            return Measured.of(messages, elapsed, new ThreadCost.Cost(cpuNanos.get(), allocatedBytes.get()));
        } finally {
            threads.shutdownNow();
        }
    }
}
