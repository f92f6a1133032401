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
 * P4: the auto-paginated find over every stored text, in a child JVM limited to {@value #CHILD_HEAP} while this JVM
 * serves the sandbox that holds them. The child proves the constant memory by finishing at all; its time and
 * peak heap are reported too.
 */
final class PagingBenchmark {

    static final String CHILD_HEAP = "-Xmx64m";
    private static final Pattern RESULT = Pattern.compile("RESULT items=(\\d+) millis=(\\d+) peakHeapMB=(\\d+)");

    private final CallfireSandbox sandbox;
    private final Sizes sizes;
    private final ResultTable table;

    PagingBenchmark(CallfireSandbox sandbox, Sizes sizes, ResultTable table) {
        this.sandbox = sandbox;
        this.sizes = sizes;
        this.table = table;
    }

    /**
     * @param store false when {@link PollBenchmark} ran before and left its texts; true to store them here
     */
    void run(boolean store) throws Exception {
        if (store) {
            sandbox.reset();
            sandbox.state().store(ActionStore.class).seedInboundTexts(sizes.storedMany(), PollBenchmark.INBOUND_NUMBER,
                    System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1));
        }
        Samples seconds = new Samples();
        Samples rate = new Samples();
        Samples peak = new Samples();
        long walked = 0;
        for (int i = 0; i < sizes.pagingIterations(); i++) {
            Matcher result = runChild();
            walked = Long.parseLong(result.group(1));
            if (walked < sizes.storedMany()) {
                throw new IllegalStateException("the child walked " + walked + " texts, fewer than the "
                        + sizes.storedMany() + " stored");
            }
            double secs = Long.parseLong(result.group(2)) / 1000.0;
            seconds.add(secs);
            rate.add(walked / secs);
            peak.add(Long.parseLong(result.group(3)));
        }
        String what = "find + split streaming, " + walked + " texts, child " + CHILD_HEAP;
        table.add("P4", what + ": time", seconds, "s");
        table.add("P4", what + ": rate", rate, "texts/s");
        table.add("P4", what + ": peak heap (sum of pool peaks)", peak, "MB");
    }

    private Matcher runChild() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, CHILD_HEAP, "-cp", System.getProperty("java.class.path"),
                PagingChild.class.getName(), sandbox.baseUrl(), sandbox.username(), sandbox.password(),
                PollBenchmark.INBOUND_NUMBER))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(10, TimeUnit.MINUTES) || child.exitValue() != 0) {
            child.destroyForcibly();
            throw new IllegalStateException("The " + CHILD_HEAP + " paging child failed:\n" + output);
        }
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            throw new IllegalStateException("The paging child printed no RESULT line:\n" + output);
        }
        return result;
    }
}
