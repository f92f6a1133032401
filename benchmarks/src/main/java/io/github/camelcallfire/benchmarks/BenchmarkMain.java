package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.sandbox.CallfireSandbox;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs the sandbox capacity figure and P1-P5 against one embedded sandbox and prints one table.
 * Arguments: the sizes, {@code full} (default; docs/benchmarks.md) or {@code smoke} (seconds, for CI), then
 * optionally the scenarios to run (capacity, P1, P2, P3, P4, P5; default all).
 */
public final class BenchmarkMain {

    static final List<String> SCENARIOS = List.of("P1", "capacity", "P2", "P3", "P4", "P5", "P6");

    private BenchmarkMain() {
    }

    public static void main(String[] arguments) throws Exception {
        // exec:exec hands -Dbenchmarks.args="full P2" over as one argument
        List<String> args = Arrays.stream(arguments).flatMap(a -> Arrays.stream(a.trim().split("\\s+")))
                .filter(a -> !a.isEmpty()).toList();
        Sizes sizes = Sizes.named(args.isEmpty() ? "full" : args.get(0));
        List<String> scenarios = args.size() > 1 ? args.subList(1, args.size()) : SCENARIOS;
        System.out.println(run(sizes, scenarios, System.out));
    }

    /** Runs the scenarios, reporting progress to {@code log}; returns the machine description and the table. */
    public static String run(Sizes sizes, List<String> scenarios, PrintStream log) throws Exception {
        for (String scenario : scenarios) {
            if (!SCENARIOS.contains(scenario)) {
                throw new IllegalArgumentException("Unknown scenario '" + scenario + "'; valid: " + SCENARIOS);
            }
        }
        ResultTable table = new ResultTable();
        long start = System.nanoTime();
        try (CallfireSandbox sandbox = CallfireSandbox.builder().actionDelayMs(0).start()) {
            SendBenchmark sends = new SendBenchmark(sandbox, sizes, table);
            PagingBenchmark paging = new PagingBenchmark(sandbox, sizes, table);
            step(scenarios, "P1", log, sends::perMessage);
            // after P1, so that the sandbox's code is as warm as in P1's last runs
            step(scenarios, "capacity", log, sends::capacity);
            step(scenarios, "P2", log, new BulkBenchmark(sandbox, sizes, table)::run);
            step(scenarios, "P3", log, new PollBenchmark(sandbox, sizes, table)::run);
            // P3 leaves the texts P4 walks; alone, P4 stores them itself
            step(scenarios, "P4", log, () -> paging.run(!scenarios.contains("P3")));
            // last: it empties the sandbox before each child run, and the sandbox then holds a million new texts
            step(scenarios, "P5", log, new LargeSendBenchmark(sandbox, sizes, table)::run);
            step(scenarios, "P6", log, new BacklogBenchmark(sandbox, sizes, table)::run);
        }
        return String.format(Locale.ROOT, "%n%s%d warm-up round(s) (P2: %d), %d measured iteration(s) per figure "
                        + "(P4, P5, P6: %d child run(s)); whole run %.0f s%n%n%s", Machine.describe(), sizes.warmups(),
                sizes.bulkWarmups(), sizes.iterations(), sizes.pagingIterations(), (System.nanoTime() - start) / 1e9, table.render());
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void step(List<String> scenarios, String name, PrintStream log, Step step) throws Exception {
        if (!scenarios.contains(name)) {
            return;
        }
        long start = System.nanoTime();
        log.println("running " + name + " ...");
        step.run();
        log.printf(Locale.ROOT, "  %s took %.1f s%n", name, (System.nanoTime() - start) / 1e9);
    }
}
