package io.github.camelcallfire.benchmarks;

/** Runs a measurement warm-up times unrecorded, then the measured iterations. */
final class Iterations {

    /** One run of a figure: returns the value measured. */
    interface Run {
        double measure() throws Exception;
    }

    private Iterations() {
    }

    static Samples of(int warmups, int iterations, Run run) throws Exception {
        for (int i = 0; i < warmups; i++) {
            run.measure();
        }
        Samples samples = new Samples();
        for (int i = 0; i < iterations; i++) {
            samples.add(run.measure());
        }
        return samples;
    }
}
