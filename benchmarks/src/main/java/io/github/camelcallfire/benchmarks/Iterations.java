package io.github.camelcallfire.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs competing measurements in turns: the warm-up rounds unrecorded, then the measured rounds. Taking turns
 * within each round spreads any change in the machine's load over all contenders alike.
 */
final class Iterations {

    /** One run of a figure: returns the value measured. */
    interface Run {
        double measure() throws Exception;
    }

    private Iterations() {
    }

    /** One {@link Samples} per run, in the order given. */
    static List<Samples> inTurns(int warmups, int iterations, List<Run> runs) throws Exception {
        for (int i = 0; i < warmups; i++) {
            for (Run run : runs) {
                run.measure();
            }
        }
        List<Samples> samples = new ArrayList<>();
        runs.forEach(run -> samples.add(new Samples()));
        for (int i = 0; i < iterations; i++) {
            for (int r = 0; r < runs.size(); r++) {
                samples.get(r).add(runs.get(r).measure());
            }
        }
        return samples;
    }
}
