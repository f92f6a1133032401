package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.store.ActionStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P6: a consumer in a child JVM limited to -Xmx64m drains a backlog of {@code storedMany} inbound texts (created a
 * millisecond apart, a day ago) with startFrom=BEGINNING, while this JVM serves the sandbox. Figures: drain rate,
 * the child's peak heap and the bytes of position written per text; a duplicate, a text out of order or a text not
 * emitted fails the run.
 */
final class BacklogBenchmark {

    static final String BACKLOG_NUMBER = "12135550177";
    private static final Pattern RESULT = Pattern.compile("RESULT drained=(\\w+) items=(\\d+) duplicates=(\\d+) "
            + "outOfOrder=(\\d+) millis=(\\d+) peakHeapMB=(\\d+) stateBytes=(\\d+)");

    private final CallfireSandbox sandbox;
    private final Sizes sizes;
    private final ResultTable table;

    BacklogBenchmark(CallfireSandbox sandbox, Sizes sizes, ResultTable table) {
        this.sandbox = sandbox;
        this.sizes = sizes;
        this.table = table;
    }

    void run() throws Exception {
        Samples rate = new Samples();
        Samples peak = new Samples();
        Samples stateBytes = new Samples();
        int backlog = sizes.storedMany();
        for (int i = 0; i < sizes.pagingIterations(); i++) {
            sandbox.reset();
            sandbox.state().store(ActionStore.class).seedInboundTexts(backlog, BACKLOG_NUMBER,
                    System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1));
            Matcher result = runChild(backlog);
            long items = Long.parseLong(result.group(2));
            if (!Boolean.parseBoolean(result.group(1)) || items != backlog || !result.group(3).equals("0")
                    || !result.group(4).equals("0")) {
                throw new IllegalStateException("The backlog child did not drain " + backlog + " texts once each, "
                        + "oldest first: " + result.group());
            }
            rate.add(items / (Long.parseLong(result.group(5)) / 1000.0));
            peak.add(Long.parseLong(result.group(6)));
            stateBytes.add(Long.parseLong(result.group(7)) / (double) items);
        }
        String what = "consumer drains " + backlog + " waiting texts, child " + PagingBenchmark.CHILD_HEAP;
        table.add("P6", what + ": rate", rate, "texts/s");
        table.add("P6", what + ": peak heap (sum of pool peaks)", peak, "MB");
        table.add("P6", what + ": position written", stateBytes, "bytes/text");
    }

    private Matcher runChild(int backlog) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, PagingBenchmark.CHILD_HEAP, "-cp",
                System.getProperty("java.class.path"), BacklogChild.class.getName(), sandbox.baseUrl(),
                sandbox.username(), sandbox.password(), BACKLOG_NUMBER, String.valueOf(backlog)))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(11, TimeUnit.MINUTES) || child.exitValue() != 0) {
            child.destroyForcibly();
            throw new IllegalStateException("The " + PagingBenchmark.CHILD_HEAP + " backlog child failed:\n" + output);
        }
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            throw new IllegalStateException("The backlog child printed no RESULT line:\n" + output);
        }
        return result;
    }
}
