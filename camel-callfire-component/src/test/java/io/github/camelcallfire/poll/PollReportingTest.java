package io.github.camelcallfire.poll;

import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.http.CallfireTransportException;
import io.github.camelcallfire.state.UnreadableStateFileException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a consumer reports when a poll fails or its position cannot be read: the kind of failure, one message saying
 * what failed and when the next attempt is, the health check's details, and how a route gets back on its feet.
 */
class PollReportingTest {

    private static final Instant NEXT = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void refusedCredentialsAreTheirOwnKind() {
        assertThat(PollFailureKind.of(api(401))).isEqualTo(PollFailureKind.CREDENTIALS_REFUSED);
        assertThat(PollFailureKind.of(api(403))).isEqualTo(PollFailureKind.CREDENTIALS_REFUSED);
        assertThat(PollFailureKind.of(api(400))).isEqualTo(PollFailureKind.CALLFIRE_FAILED);
        assertThat(PollFailureKind.of(api(404))).isEqualTo(PollFailureKind.CALLFIRE_FAILED);
        assertThat(PollFailureKind.of(api(503))).isEqualTo(PollFailureKind.CALLFIRE_FAILED);
        assertThat(PollFailureKind.of(transport())).isEqualTo(PollFailureKind.CALLFIRE_FAILED);
        assertThat(PollFailureKind.of(new IllegalStateException("bug"))).isEqualTo(PollFailureKind.UNEXPECTED);
        assertThat(PollFailureKind.of(new OutOfMemoryError())).isEqualTo(PollFailureKind.UNEXPECTED);
    }

    @Test
    void aRefusedLoginIsNamedWithCallfiresExplanationAndTheNextAttempt() {
        PollFailedException failure = new PollFailedException(PollFailureKind.CREDENTIALS_REFUSED,
                "callfire:texts/find", "bob", api(401), 500, NEXT);

        assertThat(failure).hasMessage("CallFire refused the API credentials of login 'bob' with HTTP 401 while "
                + "polling callfire:texts/find (Unauthorized); next attempt in 500 ms, at 2026-11-30T10:00:00Z");
        assertThat(failure.getKind()).isEqualTo(PollFailureKind.CREDENTIALS_REFUSED);
        assertThat(failure.getCause()).isInstanceOf(CallfireApiException.class);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("callfire.failure", "CREDENTIALS_REFUSED");
        expected.put("callfire.reason", failure.getCause().toString());
        expected.put(HealthCheck.HTTP_RESPONSE_CODE, 401);
        expected.put("callfire.login", "bob");
        expected.put("callfire.backoff.ms", 500L);
        expected.put("callfire.next.poll", "2026-11-30T10:00:00Z");
        assertThat(failure.healthDetails()).containsExactlyEntriesOf(expected);
    }

    @Test
    void aRefusalWithoutLoginOrMessageSaysSo() {
        CallfireApiException bare = new CallfireApiException(403, null, null, null, null, "findTexts", "/texts");
        PollFailedException failure = new PollFailedException(PollFailureKind.CREDENTIALS_REFUSED,
                "callfire:texts/find", null, bare, 1_000, NEXT);

        assertThat(failure).hasMessage("CallFire refused the API credentials (no login is configured) with HTTP 403 "
                + "while polling callfire:texts/find; next attempt in 1000 ms, at 2026-11-30T10:00:00Z");
        assertThat(failure.healthDetails()).doesNotContainKey("callfire.login")
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 403);
    }

    @Test
    void otherFailuresCarryTheCausesMessageAndNoStatusWithoutAnAnswer() {
        CallfireTransportException lost = transport();
        PollFailedException failed = new PollFailedException(PollFailureKind.CALLFIRE_FAILED, "callfire:texts/find",
                "bob", lost, 2_000, NEXT);
        assertThat(failed).hasMessage("Polling callfire:texts/find failed: " + lost.getMessage()
                + "; next attempt in 2000 ms, at 2026-11-30T10:00:00Z");
        assertThat(failed.healthDetails()).doesNotContainKeys(HealthCheck.HTTP_RESPONSE_CODE, "callfire.login")
                .containsEntry("callfire.failure", "CALLFIRE_FAILED");

        IllegalStateException bug = new IllegalStateException("bug");
        PollFailedException unexpected = new PollFailedException(PollFailureKind.UNEXPECTED, "callfire:texts/find",
                "bob", bug, 3_000, NEXT);
        assertThat(unexpected).hasMessage("Polling callfire:texts/find failed unexpectedly: "
                + "java.lang.IllegalStateException: bug; next attempt in 3000 ms, at 2026-11-30T10:00:00Z");

        PollFailedException busy = new PollFailedException(PollFailureKind.CALLFIRE_FAILED, "callfire:texts/find",
                "bob", api(503), 2_000, NEXT);
        assertThat(busy.healthDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 503)
                .doesNotContainKey("callfire.login");
    }

    @Test
    void anUnloadableFileRepositoryIsNamedWithTheWayBack(@org.junit.jupiter.api.io.TempDir Path dir) {
        File file = dir.resolve("positions.dat").toFile();
        FileStateRepository repository = FileStateRepository.fileStateRepository(file);
        StringIndexOutOfBoundsException torn = new StringIndexOutOfBoundsException("begin 0, end -1, length 3");

        UnreadablePositionException failure = UnreadablePositionException.repositoryFailed("callfire:texts/find",
                repository, "texts", torn);

        assertThat(failure).hasMessage("callfire:texts/find cannot start: its state repository FileStateRepository["
                + file.getPath() + "] does not load, so the position saved under key 'texts' is unknown. " + torn
                + ". A StringIndexOutOfBoundsException there means a torn last line, which Camel's "
                + "FileStateRepository leaves when the JVM dies while it writes: remove that line, or restore the "
                + "file from a backup; io.github.camelcallfire.state.AtomicFileStateRepository is never torn.")
                .hasCause(torn);
    }

    @Test
    void anUnreadableStateFileIsExplainedByItsOwnMessage() {
        MemoryStateRepository repository = new MemoryStateRepository();
        UnreadableStateFileException unreadable = new UnreadableStateFileException(Path.of("x.state"),
                "x.state is not a state file.", new IOException("bad"));

        UnreadablePositionException failure = UnreadablePositionException.repositoryFailed("callfire:texts/find",
                repository, "texts", unreadable);

        assertThat(failure).hasMessage("callfire:texts/find cannot start: its state repository " + repository
                + " does not load, so the position saved under key 'texts' is unknown. x.state is not a state file.");
    }

    @Test
    void anUndecodableStateIsQuotedUpTo200Characters() {
        MemoryStateRepository repository = new MemoryStateRepository();
        IllegalArgumentException cause = new IllegalArgumentException("Not an id watermark");
        String exactly200 = "a".repeat(200);
        String longer = "b".repeat(201);

        assertThat(UnreadablePositionException.undecodable("callfire:contacts/find", repository, "contacts",
                exactly200, cause)).hasMessageContaining("'" + exactly200 + "' (" + cause + ")")
                .hasMessageStartingWith("callfire:contacts/find cannot start: the state saved under key 'contacts' in "
                        + repository + " is not a position of this consumer: ")
                .hasCause(cause);
        assertThat(UnreadablePositionException.undecodable("callfire:contacts/find", repository, "contacts",
                longer, cause)).hasMessageContaining("'" + "b".repeat(200) + "... (201 characters)' (");
    }

    /* the repository is written only when the state changed */

    private static CallfireApiException api(int status) {
        return new CallfireApiException(status, 0, status == 401 ? "Unauthorized" : "Status " + status, "dev",
                null, "findTexts", "/texts");
    }

    private static CallfireTransportException transport() {
        return new CallfireTransportException("findTexts", "/texts", new IOException("connection reset"),
                CallfireTransportException.Stage.OUTCOME_UNKNOWN);
    }
}
