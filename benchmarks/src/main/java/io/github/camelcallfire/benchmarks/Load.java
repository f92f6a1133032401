package io.github.camelcallfire.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Drives a {@link Sender} with a fixed number of threads that share one counter of messages. */
final class Load {

    /** Phone numbers of the recipients: 11 digits, distinct per message of a run. */
    static String recipient(int index) {
        return Long.toString(12130000000L + index);
    }

    private Load() {
    }

    /** Sends {@code messages} texts with {@code concurrency} threads; returns messages per second. */
    static double run(Sender sender, int messages, int concurrency) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < concurrency; t++) {
                workers.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
                        sender.send(recipient(i), "Benchmark message " + i);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return messages / ((System.nanoTime() - start) / 1e9);
        } finally {
            threads.shutdownNow();
        }
    }
}
