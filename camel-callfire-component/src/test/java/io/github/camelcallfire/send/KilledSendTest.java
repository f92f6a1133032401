package io.github.camelcallfire.send;

import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.sandbox.control.FaultPhase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A send killed with SIGKILL in its most dangerous moment — CallFire stored a chunk, its answer is still on the way —
 * and started again with the same list and send key: with sendStateRepository, every number gets exactly one text,
 * and sending the finished list again sends nothing. Without the repository the second process would send the whole
 * list again (the exchange that knew the progress died with the first one).
 */
class KilledSendTest extends CallfireTestSupport {

    private static final int RECIPIENTS = 20_000;
    private static final String KEY_LINE = "sendTexts:campaign-1=";

    @Test
    void aSendKilledWhileAChunkIsInFlightContinuesAfterARestartWithoutDuplicates() throws Exception {
        Fault slowAnswers = new Fault();
        slowAnswers.setMethod("POST");
        slowAnswers.setPath("/v2/texts");
        slowAnswers.setPhase(FaultPhase.AFTER);
        slowAnswers.setLatencyMs(300);
        sandbox().addFault(slowAnswers);
        Path stateFile = Files.createTempFile("send-state-", ".dat");
        Path output = Files.createTempFile("killed-send-", ".log");

        Process first = child(stateFile, output);
        SendProgress atKill = waitForAStoredChunkWithoutAnswer(first, stateFile);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(storedTexts()).as("the chunk in flight was stored").isEqualTo(atKill.sent() + atKill.unknown());

        String restarted = run(child(stateFile, output), output);
        assertThat(restarted).contains("RESOLVED " + atKill + " sent=true").contains("DONE SendSummary[sendTexts: "
                + "recipients=" + RECIPIENTS);
        Map<String, Integer> perNumber = SentTexts.perNumber(template);
        assertThat(perNumber).hasSize(RECIPIENTS);
        assertThat(perNumber.values()).containsOnly(1);

        String again = run(child(stateFile, output), output);
        assertThat(again).contains("DONE SendSummary[sendTexts: recipients=" + RECIPIENTS + ", requests=0, created=0]");
        assertThat(storedTexts()).isEqualTo(RECIPIENTS);
        Files.deleteIfExists(stateFile);
        Files.deleteIfExists(output);
    }

    /* the repository says a chunk is in flight and the sandbox already holds it: its answer is held back 300 ms */
    private SendProgress waitForAStoredChunkWithoutAnswer(Process child, Path stateFile) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && child.isAlive()) {
            SendProgress progress = lastProgress(stateFile);
            if (progress != null && progress.unknown() > 0 && progress.sent() >= 5000
                    && storedTexts() == progress.sent() + progress.unknown()) {
                return progress;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the send never had a stored chunk in flight; alive=" + child.isAlive());
    }

    private static SendProgress lastProgress(Path stateFile) throws IOException {
        List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(KEY_LINE) && lines.get(i).contains(";digest=")) {
                return SendProgress.parse(lines.get(i).substring(KEY_LINE.length()));
            }
        }
        return null;
    }

    private long storedTexts() {
        return template.requestBody("callfire:texts/find?inbound=false&limit=1", null, Page.class).getTotalCount();
    }

    private Process child(Path stateFile, Path output) throws IOException {
        return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledSendChild.class.getName(), sandbox().baseUrl(),
                sandbox().username(), sandbox().password(), stateFile.toString(), String.valueOf(RECIPIENTS)))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static String run(Process child, Path output) throws Exception {
        boolean finished = child.waitFor(2, TimeUnit.MINUTES);
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("finished; output:\n" + log).isTrue();
        assertThat(child.exitValue()).as("exit code; output:\n" + log).isZero();
        return log;
    }
}
