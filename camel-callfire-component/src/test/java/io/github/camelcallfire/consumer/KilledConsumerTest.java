package io.github.camelcallfire.consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer process with an AtomicFileStateRepository is killed with SIGKILL again and again while inbound texts keep
 * arriving, and started again each time: every text is handed to the route, oldest first, and a text is handed over
 * twice at most once per kill (the one whose exchange completed just before its position was saved).
 */
class KilledConsumerTest extends ConsumerTestSupport {

    private static final int KILLS = 8;

    @TempDir
    Path directory;

    @Test
    void aConsumerKilledWhileConsumingLosesNothingAndRepeatsAtMostOneTextPerKill() throws Exception {
        Path state = directory.resolve("callfire.state");
        Path emitted = directory.resolve("emitted.ids");
        Path output = directory.resolve("child.out");
        List<Long> injected = new CopyOnWriteArrayList<>();
        AtomicBoolean injecting = new AtomicBoolean(true);
        Thread injector = new Thread(() -> {
            while (injecting.get()) {
                injected.add(sandbox().injectInboundText(HANDSET, OUR_NUMBER, "text " + injected.size()));
                sleep(20);
            }
        });
        injector.start();
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                Process consumer = child(state, emitted, output);
                // + 2: a restart may first repeat the text a kill interrupted; the child must get past it before the
                // next kill, else that one text is repeated by two kills in a row (a third emission the docs allow)
                waitUntilItHasConsumed(consumer, emitted, lines(emitted) + 2 + ThreadLocalRandom.current().nextInt(30),
                        output);
                sleep(ThreadLocalRandom.current().nextInt(20));
                consumer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            injecting.set(false);
            injector.join();
        }

        Process last = child(state, emitted, output);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!emittedIds(emitted).keySet().containsAll(injected) && System.nanoTime() < deadline
                    && last.isAlive()) {
                sleep(50);
            }
        } finally {
            last.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Map<Long, Integer> times = emittedIds(emitted);
        int duplicates = times.values().stream().mapToInt(count -> count - 1).sum();
        System.out.println("Consumer killed " + KILLS + " times while " + injected.size() + " texts arrived: "
                + times.size() + " emitted, " + duplicates + " emitted twice");
        assertThat(times.keySet()).as("output of the last run:\n" + Files.readString(output))
                .containsExactlyInAnyOrderElementsOf(injected);
        assertThat(times.values()).allMatch(count -> count <= 2);
        assertThat(duplicates).isLessThanOrEqualTo(KILLS);
        assertThat(new ArrayList<>(times.keySet())).as("first emissions, oldest first").isSorted();
    }

    private Process child(Path state, Path emitted, Path output) throws Exception {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                KilledConsumerChild.class.getName(), sandbox().baseUrl(), sandbox().username(), sandbox().password(),
                state.toString(), emitted.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static void waitUntilItHasConsumed(Process consumer, Path emitted, int lines, Path output)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(emitted) < lines) {
            if (!consumer.isAlive() || System.nanoTime() > deadline) {
                consumer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("the consumer did not consume; its output:\n" + Files.readString(output));
            }
            sleep(5);
        }
    }

    private static int lines(Path emitted) throws Exception {
        return Files.exists(emitted) ? Files.readAllLines(emitted, StandardCharsets.US_ASCII).size() : 0;
    }

    /** How often each id was handed to the route, in order of first emission. */
    private static Map<Long, Integer> emittedIds(Path emitted) throws Exception {
        Map<Long, Integer> times = new LinkedHashMap<>();
        if (Files.exists(emitted)) {
            for (String line : Files.readAllLines(emitted, StandardCharsets.US_ASCII)) {
                times.merge(Long.valueOf(line), 1, Integer::sum);
            }
        }
        return times;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
