package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.sandbox.CallfireSandbox;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Runs P1-P4 and the sandbox capacity against one embedded sandbox and prints one table. Argument: {@code full}
 * (default, the sizes of docs/benchmarks.md) or {@code smoke} (seconds, for CI).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Sizes sizes = Sizes.named(args.length == 0 ? "full" : args[0]);
        System.out.println(run(sizes, System.out));
    }

    /** Runs every scenario, reporting progress to {@code log}; returns the header and table. */
    public static String run(Sizes sizes, PrintStream log) throws Exception {
        ResultTable table = new ResultTable();
        long start = System.nanoTime();
        try (CallfireSandbox sandbox = CallfireSandbox.builder().actionDelayMs(0).start()) {
            SendBenchmark sends = new SendBenchmark(sandbox, sizes, table);
            step(log, "sandbox capacity", sends::capacity);
            step(log, "P1 per-message sends", sends::perMessage);
            step(log, "P2 bulk sends", new BulkBenchmark(sandbox, sizes, table)::run);
            step(log, "P3 consumer polls", new PollBenchmark(sandbox, sizes, table)::run);
            step(log, "P4 paging in " + PagingBenchmark.CHILD_HEAP, new PagingBenchmark(sandbox, sizes, table)::run);
        }
        return String.format(Locale.ROOT, "%n%s%s warm-up run(s), %d measured iteration(s) per figure; whole run %.0f s"
                        + "%n%n%s", Machine.describe(), sizes.warmups(), sizes.iterations(),
                (System.nanoTime() - start) / 1e9, table.render());
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void step(PrintStream log, String name, Step step) throws Exception {
        long start = System.nanoTime();
        log.println("running " + name + " ...");
        step.run();
        log.printf(Locale.ROOT, "  %s took %.1f s%n", name, (System.nanoTime() - start) / 1e9);
    }
}
