package io.github.camelcallfire.poll;

import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.http.CallfireTransportException;
import io.github.camelcallfire.state.UnreadableStateFileException;
import io.github.camelcallfire.testing.RecordedFailures;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * What a failed poll or an unreadable position tells the operator: the kind of failure (which decides the back-off
 * cap), the message, the health check's details, and the advice of an unreadable position. Each test names the
 * regression it guards.
 */
class PollFailureReportsTest {

    private static final Instant NEXT = Instant.parse("2026-11-30T10:00:00Z");

    /** Guards {@code PollFailureKind.of}: 401 and 403 are refused credentials, other answers and I/O CallFire's. */
    @Test
    void refusedCredentialsAreToldApartFromOtherFailures() {
        assertThat(PollFailureKind.of(apiError(401))).isEqualTo(PollFailureKind.CREDENTIALS_REFUSED);
        assertThat(PollFailureKind.of(apiError(403))).isEqualTo(PollFailureKind.CREDENTIALS_REFUSED);
        assertThat(PollFailureKind.of(apiError(400))).isEqualTo(PollFailureKind.CALLFIRE_FAILED);
        assertThat(PollFailureKind.of(apiError(402))).isEqualTo(PollFailureKind.CALLFIRE_FAILED);
        assertThat(PollFailureKind.of(apiError(404))).isEqualTo(PollFailureKind.CALLFIRE_FAILED);
        assertThat(PollFailureKind.of(apiError(503))).isEqualTo(PollFailureKind.CALLFIRE_FAILED);
        assertThat(PollFailureKind.of(transportError())).isEqualTo(PollFailureKind.CALLFIRE_FAILED);
        assertThat(PollFailureKind.of(new IllegalStateException("bug"))).isEqualTo(PollFailureKind.UNEXPECTED);
        assertThat(PollFailureKind.of(new OutOfMemoryError("heap"))).isEqualTo(PollFailureKind.UNEXPECTED);
    }

    /** Guards the message of refused credentials: login (or its absence), status, endpoint, CallFire's message. */
    @Test
    void refusedCredentialsNameTheLoginTheStatusAndTheNextAttempt() {
        PollFailedException withLogin = new PollFailedException(PollFailureKind.CREDENTIALS_REFUSED,
                "callfire:texts/find", "api-login", apiError(401), 2000, NEXT);
        PollFailedException withoutLogin = new PollFailedException(PollFailureKind.CREDENTIALS_REFUSED,
                "callfire:texts/find", null, apiError(403), 60_000, NEXT);
        PollFailedException withoutApiMessage = new PollFailedException(PollFailureKind.CREDENTIALS_REFUSED,
                "callfire:texts/find", "api-login", new CallfireApiException(401, null, null, null, null,
                "findTexts", "/texts"), 500, NEXT);

        assertThat(withLogin).hasMessage("CallFire refused the API credentials of login 'api-login' with HTTP 401 "
                + "while polling callfire:texts/find (refused 401); next attempt in 2000 ms, at 2026-11-30T10:00:00Z");
        assertThat(withLogin.getKind()).isEqualTo(PollFailureKind.CREDENTIALS_REFUSED);
        assertThat(withoutLogin).hasMessageStartingWith("CallFire refused the API credentials (no login is configured) "
                + "with HTTP 403 while polling callfire:texts/find (refused 403); next attempt in 60000 ms");
        assertThat(withoutApiMessage).hasMessageStartingWith("CallFire refused the API credentials of login "
                + "'api-login' with HTTP 401 while polling callfire:texts/find; next attempt in 500 ms");
        assertThat(new PollFailedException(PollFailureKind.CREDENTIALS_REFUSED, "callfire:texts/find", "x",
                new IllegalStateException("odd"), 1, NEXT)).hasMessageContaining("with HTTP 0 while polling");
    }

    /** Guards the messages of the other two kinds, which keep the cause's own words. */
    @Test
    void otherFailuresKeepTheCausesWords() {
        CallfireApiException unavailable = apiError(503);
        PollFailedException failed = new PollFailedException(PollFailureKind.CALLFIRE_FAILED, "callfire:calls/find",
                "api-login", unavailable, 100, NEXT);
        PollFailedException unexpected = new PollFailedException(PollFailureKind.UNEXPECTED, "callfire:calls/find",
                "api-login", new IllegalStateException("state repository broken"), 100, NEXT);

        assertThat(failed).hasMessage("Polling callfire:calls/find failed: " + unavailable.getMessage()
                + "; next attempt in 100 ms, at 2026-11-30T10:00:00Z").hasCause(unavailable);
        assertThat(unexpected).hasMessageStartingWith("Polling callfire:calls/find failed unexpectedly: "
                + "java.lang.IllegalStateException: state repository broken; next attempt in 100 ms");
    }

    /** Guards the health check's details: the HTTP status only when there is one, the login only when refused. */
    @Test
    void healthDetailsShowTheStatusAndTheLoginOnlyWhereTheyApply() {
        CallfireApiException refused = apiError(401);
        assertThat(new PollFailedException(PollFailureKind.CREDENTIALS_REFUSED, "callfire:texts/find", "api-login",
                refused, 2000, NEXT).healthDetails()).containsExactly(
                        entry("callfire.failure", "CREDENTIALS_REFUSED"),
                        entry("callfire.reason", refused.toString()),
                        entry(HealthCheck.HTTP_RESPONSE_CODE, 401),
                        entry("callfire.login", "api-login"),
                        entry("callfire.backoff.ms", 2000L),
                        entry("callfire.next.poll", "2026-11-30T10:00:00Z"));

        assertThat(new PollFailedException(PollFailureKind.CREDENTIALS_REFUSED, "callfire:texts/find", null,
                refused, 2000, NEXT).healthDetails()).doesNotContainKey("callfire.login");
        assertThat(new PollFailedException(PollFailureKind.CALLFIRE_FAILED, "callfire:texts/find", "api-login",
                apiError(503), 2000, NEXT).healthDetails()).doesNotContainKey("callfire.login")
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 503);
        assertThat(new PollFailedException(PollFailureKind.CALLFIRE_FAILED, "callfire:texts/find", "api-login",
                transportError(), 2000, NEXT).healthDetails()).doesNotContainKey(HealthCheck.HTTP_RESPONSE_CODE)
                .containsEntry("callfire.failure", "CALLFIRE_FAILED");
    }

    /** Guards the logger's routing: a failure that is not a failed poll goes to Camel's handler, with its exchange. */
    @Test
    void aFailedExchangeGoesToCamelsHandlerAndAFailedPollDoesNot() {
        RecordedFailures camels = new RecordedFailures();
        PollFailureLogger logger = new PollFailureLogger(LoggerFactory.getLogger(PollFailureReportsTest.class), camels);
        IllegalStateException routeFailure = new IllegalStateException("route failed");

        logger.handleException(routeFailure);
        logger.handleException("item 5 failed", routeFailure);
        for (PollFailureKind kind : PollFailureKind.values()) {
            logger.handleException(new PollFailedException(kind, "callfire:texts/find", "api-login", apiError(401), 1,
                    NEXT));
        }

        assertThat(camels.reports()).containsExactly(new RecordedFailures.Report(null, null, routeFailure),
                new RecordedFailures.Report("item 5 failed", null, routeFailure));
    }

    /**
     * Guards the level of a failed poll's single log line: ERROR with the stack trace when unexpected, WARN otherwise,
     * with the stack trace only when DEBUG is on (the message alone explains a refused password or a 503).
     */
    @Test
    void aFailedPollIsLoggedOnceAtItsLevelWithTheStackTraceOnlyWhereItHelps() {
        RecordingLogger quiet = new RecordingLogger(false);
        RecordingLogger debugging = new RecordingLogger(true);
        PollFailedException unexpected = new PollFailedException(PollFailureKind.UNEXPECTED, "callfire:texts/find",
                "api-login", new IllegalStateException("bug"), 1, NEXT);
        PollFailedException unavailable = new PollFailedException(PollFailureKind.CALLFIRE_FAILED,
                "callfire:texts/find", "api-login", apiError(503), 1, NEXT);
        PollFailedException refused = new PollFailedException(PollFailureKind.CREDENTIALS_REFUSED,
                "callfire:texts/find", "api-login", apiError(401), 1, NEXT);

        new PollFailureLogger(quiet, null).handleException(unexpected);
        new PollFailureLogger(quiet, null).handleException(unavailable);
        new PollFailureLogger(quiet, null).handleException(refused);
        new PollFailureLogger(debugging, null).handleException(refused);

        assertThat(quiet.lines).containsExactly(
                new Line(Level.ERROR, unexpected.getMessage(), unexpected.getCause()),
                new Line(Level.WARN, unavailable.getMessage(), null),
                new Line(Level.WARN, refused.getMessage(), null));
        assertThat(debugging.lines).containsExactly(new Line(Level.WARN, refused.getMessage(), refused.getCause()));
    }

    /** Guards the advice for a FileStateRepository (a torn line) and the repository's description. */
    @Test
    void aFileRepositoryThatDoesNotLoadIsNamedWithItsFileAndTheWayBack(@TempDir Path dir) {
        File file = dir.resolve("state.dat").toFile();
        FileStateRepository repository = FileStateRepository.fileStateRepository(file);
        RuntimeException torn = new StringIndexOutOfBoundsException("begin 0, end -1, length 3");

        UnreadablePositionException failure = UnreadablePositionException.repositoryFailed("callfire:texts/find",
                repository, "inbound", torn);

        assertThat(failure).hasMessage("callfire:texts/find cannot start: its state repository FileStateRepository["
                + file.getPath() + "] does not load, so the position saved under key 'inbound' is unknown. "
                + torn + ". A StringIndexOutOfBoundsException there means a torn last line, which Camel's "
                + "FileStateRepository leaves when the JVM dies while it writes: remove that line, or restore the "
                + "file from a backup; io.github.camelcallfire.state.AtomicFileStateRepository is never torn.")
                .hasCause(torn);
    }

    /** Guards the reason taken from an UnreadableStateFileException (its message, no advice for other repositories). */
    @Test
    void anUnreadableStateFileGivesItsOwnReason(@TempDir Path dir) throws IOException {
        MemoryStateRepository repository = new MemoryStateRepository();
        UnreadableStateFileException unreadable = new UnreadableStateFileException(dir.resolve("s"),
                "line 3 is not key=value", null);

        UnreadablePositionException failure = UnreadablePositionException.repositoryFailed("callfire:texts/find",
                repository, "inbound", unreadable);

        assertThat(failure.getMessage()).isEqualTo("callfire:texts/find cannot start: its state repository "
                + repository + " does not load, so the position saved under key 'inbound' is unknown. "
                + unreadable.getMessage());
    }

    /** Guards the undecodable state's message, which quotes the state whole up to 200 characters and then cut. */
    @Test
    void anUndecodableStateIsQuotedUpTo200Characters() {
        MemoryStateRepository repository = new MemoryStateRepository();
        IllegalArgumentException cause = new IllegalArgumentException("Not an id watermark");
        String exactly200 = "x".repeat(200);
        String longer = "y".repeat(201);

        String whole = UnreadablePositionException.undecodable("callfire:contacts/find", repository, "k", exactly200,
                cause).getMessage();
        String cut = UnreadablePositionException.undecodable("callfire:contacts/find", repository, "k", longer,
                cause).getMessage();

        assertThat(whole).startsWith("callfire:contacts/find cannot start: the state saved under key 'k' in "
                + repository + " is not a position of this consumer: '" + exactly200 + "' (" + cause + ").");
        assertThat(cut).contains("'" + "y".repeat(200) + "... (201 characters)' (");
    }

    private record Line(Level level, String message, Throwable throwable) {
    }

    /** An SLF4J logger that keeps what it is asked to log; DEBUG on or off. */
    private static final class RecordingLogger extends LegacyAbstractLogger {

        private static final long serialVersionUID = 1L;
        private final transient List<Line> lines = new ArrayList<>();
        private final boolean debug;

        RecordingLogger(boolean debug) {
            this.debug = debug;
            this.name = "recording";
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments,
                                                   Throwable throwable) {
            lines.add(new Line(level, message, throwable));
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return debug;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }

    private static CallfireApiException apiError(int status) {
        return new CallfireApiException(status, 0, "refused " + status, "developer text", null, "findTexts", "/texts");
    }

    private static CallfireTransportException transportError() {
        return new CallfireTransportException("findTexts", "/texts", new IOException("connection reset"),
                CallfireTransportException.Stage.values()[0]);
    }
}
