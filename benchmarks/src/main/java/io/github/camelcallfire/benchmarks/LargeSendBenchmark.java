package io.github.camelcallfire.benchmarks;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.messaging.TextAction;
import io.github.camelcallfire.sandbox.store.ActionStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P5: one {@code texts/send} to {@link Sizes#largeRecipients()} recipients given as an Iterator body, in a child JVM
 * limited to {@value PagingBenchmark#CHILD_HEAP} while this JVM serves the sandbox that stores the texts. Finishing
 * at all (exit 0, every recipient accepted, exactly that many new texts in the sandbox) is the figure; time, rate
 * and the child's peak heap are reported too.
 */
final class LargeSendBenchmark {

    private static final Pattern RESULT = Pattern.compile(
            "RESULT recipients=(\\d+) created=(\\d+) requests=(\\d+) millis=(\\d+) peakHeapMB=(\\d+)");

    private final CallfireSandbox sandbox;
    private final Sizes sizes;
    private final ResultTable table;

    LargeSendBenchmark(CallfireSandbox sandbox, Sizes sizes, ResultTable table) {
        this.sandbox = sandbox;
        this.sizes = sizes;
        this.table = table;
    }

    void run() throws Exception {
        int count = sizes.largeRecipients();
        Samples seconds = new Samples();
        Samples rate = new Samples();
        Samples peak = new Samples();
        for (int i = 0; i < sizes.pagingIterations(); i++) {
            sandbox.reset();
            Matcher result = runChild(count);
            long recipients = Long.parseLong(result.group(1));
            long created = Long.parseLong(result.group(2));
            long stored = storedOutboundTexts();
            if (recipients != count || created != count || stored != count) {
                throw new IllegalStateException("the child sent " + count + " recipients, but its summary says "
                        + recipients + " recipients and " + created + " texts created, and the sandbox holds "
                        + stored + " new texts");
            }
            double secs = Long.parseLong(result.group(4)) / 1000.0;
            seconds.add(secs);
            rate.add(count / secs);
            peak.add(Long.parseLong(result.group(5)));
        }
        sandbox.reset();
        String what = "texts/send, " + count + " recipients as Iterator, child " + PagingBenchmark.CHILD_HEAP;
        table.add("P5", what + ": time", seconds, "s");
        table.add("P5", what + ": rate", rate, "recipients/s");
        table.add("P5", what + ": peak heap (sum of pool peaks)", peak, "MB");
    }

    private long storedOutboundTexts() {
        long stored = 0;
        for (TextAction ignored : sandbox.state().store(ActionStore.class).texts().range(false, null, null)) {
            stored++;
        }
        return stored;
    }

    private Matcher runChild(int count) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, PagingBenchmark.CHILD_HEAP, "-cp",
                System.getProperty("java.class.path"), LargeSendChild.class.getName(), sandbox.baseUrl(),
                sandbox.username(), sandbox.password(), Integer.toString(count)))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(10, TimeUnit.MINUTES) || child.exitValue() != 0) {
            child.destroyForcibly();
            throw new IllegalStateException("The " + PagingBenchmark.CHILD_HEAP + " send child failed:\n" + output);
        }
        Matcher result = RESULT.matcher(output);
        if (!result.find()) {
            throw new IllegalStateException("The send child printed no RESULT line:\n" + output);
        }
        return result;
    }
}
