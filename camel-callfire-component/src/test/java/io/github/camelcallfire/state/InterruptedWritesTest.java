package io.github.camelcallfire.state;

import org.apache.camel.spi.StateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process writing states in a tight loop ({@link StateWriterChild}) is killed with SIGKILL at random moments, again
 * and again, each time carrying on from the state it finds; after each kill the file is opened and must hold one of
 * the last two states written: the last one whose write returned, or the one being written. Camel's
 * FileStateRepository goes through the same loop, and what it leaves behind is printed as evidence.
 */
class InterruptedWritesTest {

    private static final int KILLS = 30;

    @TempDir
    Path directory;

    @Test
    void aWriterKilledAtAnyInstantLeavesOneOfTheLastTwoStates() throws Exception {
        Tally tally = killRepeatedly("atomic");
        System.out.println("AtomicFileStateRepository, " + tally + "; " + tally.killedInsideAWrite
                + " kills landed inside a write (a temporary file was left)");

        assertThat(tally.outcomes).containsOnlyKeys(Outcome.LAST_ACKNOWLEDGED, Outcome.IN_FLIGHT);
        assertThat(tally.failures).isEmpty();
        assertThat(tally.killedInsideAWrite).as("kills that landed between a write's temporary file and its rename")
                .isPositive();
    }

    @Test
    void camelsFileStateRepositoryUnderTheSameKillsIsReported() throws Exception {
        Tally tally = killRepeatedly("camel-file");
        System.out.println("Camel's FileStateRepository, " + tally);
        tally.failures.forEach(failure -> System.out.println("  " + failure));

        assertThat(tally.outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(KILLS);
    }

    private Tally killRepeatedly(String kind) throws Exception {
        Path file = directory.resolve(kind + ".state");
        Path temporary = directory.resolve(kind + ".state.tmp");
        Tally tally = new Tally();
        for (int kill = 1; kill <= KILLS; kill++) {
            Path acknowledgements = directory.resolve(kind + "-" + kill + ".acks");
            Path output = directory.resolve(kind + "-" + kill + ".out");
            // C1 only and the serial collector: the writer starts in about half the time
            Process writer = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), StateWriterChild.class.getName(), kind, file.toString(),
                    acknowledgements.toString()))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            waitForTheFirstAcknowledgement(writer, acknowledgements, output);
            long writing = System.nanoTime();
            Thread.sleep(ThreadLocalRandom.current().nextInt(150));
            writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            tally.writingNanos += System.nanoTime() - writing;

            if (Files.exists(temporary)) {
                tally.killedInsideAWrite++;
            }
            List<String> acknowledged = Files.readAllLines(acknowledgements, StandardCharsets.US_ASCII);
            tally.writes += acknowledged.size();
            long last = Long.parseLong(acknowledged.get(acknowledged.size() - 1));
            Outcome outcome = inspect(kind, file, last, tally.failures, kill);
            tally.outcomes.merge(outcome, 1, Integer::sum);
            if (!outcome.keeps()) {
                // the next writer starts over from a fresh file, so that each kill is judged on its own
                Files.delete(file);
            }
        }
        return tally;
    }

    private static Outcome inspect(String kind, Path file, long lastAcknowledged, List<String> failures, int kill) {
        StateRepository<String, String> repository = StateWriterChild.repository(kind, file);
        String state;
        String other;
        try {
            repository.start();
            state = repository.getState(StateWriterChild.KEY);
            other = repository.getState(StateWriterChild.OTHER_KEY);
        } catch (RuntimeException e) {
            failures.add("kill " + kill + ": the repository does not start: " + e);
            return Outcome.DOES_NOT_START;
        }
        // not stopped: stopping Camel's FileStateRepository rewrites the file from what it read
        if (state == null || other == null) {
            failures.add("kill " + kill + ": a state is gone (" + StateWriterChild.KEY + "=" + state + ", "
                    + StateWriterChild.OTHER_KEY + "=" + other + "), the consumer would start over silently");
            return Outcome.STATE_GONE;
        }
        long number = StateWriterChild.number(state);
        if (number == lastAcknowledged) {
            return Outcome.LAST_ACKNOWLEDGED;
        }
        if (number == lastAcknowledged + 1) {
            return Outcome.IN_FLIGHT;
        }
        failures.add("kill " + kill + ": the state is '" + state + "', after state " + lastAcknowledged
                + " was acknowledged");
        return Outcome.OTHER_STATE;
    }

    private static void waitForTheFirstAcknowledgement(Process writer, Path acknowledgements, Path output)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(acknowledgements) || Files.size(acknowledgements) < 2) {
            if (!writer.isAlive() || System.nanoTime() > deadline) {
                writer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("the writer did not write; its output:\n" + read(output));
            }
            Thread.sleep(5);
        }
    }

    private static String read(Path output) throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private enum Outcome {
        LAST_ACKNOWLEDGED, IN_FLIGHT, DOES_NOT_START, STATE_GONE, OTHER_STATE;

        boolean keeps() {
            return this == LAST_ACKNOWLEDGED || this == IN_FLIGHT;
        }
    }

    private static final class Tally {

        final Map<Outcome, Integer> outcomes = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        int killedInsideAWrite;
        long writes;
        long writingNanos;

        @Override
        public String toString() {
            return KILLS + " kills: " + outcomes + "; " + writes + " writes acknowledged, "
                    + writes * 1_000_000_000L / Math.max(1, writingNanos) + " per second";
        }
    }
}
