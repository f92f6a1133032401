package io.github.camelcallfire.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs competing measurements in turns: the warm-up rounds unrecorded, then the measured rounds. Taking turns
 * within each round spreads any change in the machine's load over all contenders alike.
 */
final class Iterations {

    /** One run of a contender: returns what was measured. */
    interface Run {
        Measured measure() throws Exception;
    }

    private Iterations() {
    }

    /** One {@link Figures} per run, in the order given. */
    static List<Figures> inTurns(int warmups, int iterations, List<Run> runs) throws Exception {
        for (int i = 0; i < warmups; i++) {
            for (Run run : runs) {
                run.measure();
            }
        }
        List<Figures> figures = new ArrayList<>();
        runs.forEach(run -> figures.add(new Figures()));
        for (int i = 0; i < iterations; i++) {
            for (int r = 0; r < runs.size(); r++) {
                figures.get(r).add(runs.get(r).measure());
            }
        }
        return figures;
    }
}
