package io.github.camelcallfire.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * CPU time and bytes allocated by the calling thread, read from HotSpot's {@code com.sun.management.ThreadMXBean}.
 * Each worker reads it around its own sends: the figures then hold what the client costs on the thread that calls
 * it, not the sandbox's threads nor the collector's, and they move far less with the machine's load than throughput.
 */
final class ThreadCost {

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    /** A reading of the current thread's counters, or a difference of two readings. */
    record Cost(long cpuNanos, long allocatedBytes) {

        Cost minus(Cost earlier) {
            return new Cost(cpuNanos - earlier.cpuNanos, allocatedBytes - earlier.allocatedBytes);
        }
    }

    private ThreadCost() {
    }

    /** The current thread's CPU time and allocated bytes so far. */
    static Cost current() {
        return new Cost(THREADS.getCurrentThreadCpuTime(), THREADS.getCurrentThreadAllocatedBytes());
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
                || !threads.isCurrentThreadCpuTimeSupported() || !threads.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("This JVM measures neither thread CPU time nor allocated bytes per "
                    + "thread (com.sun.management.ThreadMXBean); the benchmarks need a HotSpot JVM");
        }
        threads.setThreadCpuTimeEnabled(true);
        threads.setThreadAllocatedMemoryEnabled(true);
        return threads;
    }
}
