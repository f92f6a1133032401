package io.github.camelcallfire.consumer;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards issue 11's backlog: a poll used to load everything created since the watermark, so 200,000 waiting texts
 * killed a consumer under -Xmx64m. Here a consumer in a JVM with -Xmx64m, default options and startFrom=BEGINNING
 * drains 200,000 waiting texts from the sandbox in this JVM, 2,500 of them created in one millisecond (more than a
 * poll may emit).
 */
class BacklogConsumerTest extends ConsumerTestSupport {

    private static final int TEXTS = 200_000;
    private static final int IN_ONE_MILLISECOND = 2_500;

    @TempDir
    Path directory;

    @Test
    void drainsTwoHundredThousandWaitingTextsOnceEachOldestFirstUnderA64MegabyteHeap() throws Exception {
        List<Long> injected = injectBacklog();
        Path ids = directory.resolve("emitted.ids");
        Path output = directory.resolve("child.out");
        CallfireSandbox sandbox = sandbox();
        long requestsBefore = sandbox.requestCount();
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                BacklogConsumerChild.class.getName(), sandbox.baseUrl(), sandbox.username(), sandbox.password(),
                ids.toString(), String.valueOf(TEXTS)))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();

        boolean finished = child.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("finished in time; output:\n" + tail(log)).isTrue();
        assertThat(child.exitValue()).as("exit code; output:\n" + tail(log)).isZero();
        System.out.println("BacklogConsumerTest: " + log.lines().filter(line -> line.startsWith("handed over"))
                .findFirst().orElse("") + ", requests to the sandbox: " + (sandbox.requestCount() - requestsBefore));
        // texts are created in id order here, so oldest first is the order they were injected in
        List<Long> emitted = read(ids);
        assertThat(emitted).as("%d handed over, the first difference to the injected order at index %d",
                emitted.size(), firstDifference(emitted, injected)).isEqualTo(injected);
    }

    private static int firstDifference(List<Long> emitted, List<Long> injected) {
        int i = 0;
        while (i < emitted.size() && i < injected.size() && emitted.get(i).equals(injected.get(i))) {
            i++;
        }
        return i;
    }

    /* stamped in the past so that all of them wait: first many in one millisecond, then 100 per millisecond */
    private static List<Long> injectBacklog() {
        long start = System.currentTimeMillis() - 3_600_000;
        List<Long> ids = new ArrayList<>(TEXTS);
        try {
            for (int i = 0; i < TEXTS; i++) {
                sandbox().clock().set(i < IN_ONE_MILLISECOND ? start : start + 1 + i / 100);
                ids.add(sandbox().injectInboundText(HANDSET, OUR_NUMBER, "waiting " + i));
            }
        } finally {
            sandbox().clock().reset();
        }
        return ids;
    }

    private static List<Long> read(Path file) throws Exception {
        List<Long> ids = new ArrayList<>(TEXTS);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                ids.add(in.readLong());
            }
        } catch (EOFException end) {
            return ids;
        }
    }

    private static String tail(String log) {
        return log.length() <= 4000 ? log : log.substring(log.length() - 4000);
    }
}
