package io.github.camelcallfire.benchmarks;

/**
 * One measured run of a contender: its rate, and the CPU time and bytes its calling threads spent on {@code units}
 * messages or recipients (summed over the threads).
 */
record Measured(double rate, long units, long cpuNanos, long allocatedBytes) {

    /** Units per second over {@code elapsedNanos}, with the threads' cost. */
    static Measured of(long units, long elapsedNanos, ThreadCost.Cost cost) {
        return new Measured(units / (elapsedNanos / 1e9), units, cost.cpuNanos(), cost.allocatedBytes());
    }

    double cpuMicrosPerUnit() {
        return cpuNanos / 1e3 / units;
    }

    double bytesPerUnit() {
        return (double) allocatedBytes / units;
    }
}
