package io.github.camelcallfire.http;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pure calculations behind a retry: the back-off before each retry, the wait a {@code Retry-After} header asks
 * for, and which I/O failures may be retried. Found by mutation testing (docs/testing.md): the tests through the
 * sandbox see only whether a retry happened, not how long it waited, so a broken back-off passed them.
 */
class RetryCalculationsTest {

    /* 2026-11-30T10:00:00Z, a Monday */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    // ---- back-off -------------------------------------------------------------------------------------------------

    /* guards: the exponent (retry - 1), the doubling, the cap and the "equal jitter" lower half */
    @ParameterizedTest(name = "retry {0}: {1}..{2} ms")
    @CsvSource({
            "1, 50, 100",
            "2, 100, 200",
            "3, 200, 400",
            "4, 400, 800",
            "5, 500, 1000",
            "40, 500, 1000"})
    void backoffDoublesFromTheInitialDelayUpToTheCeilingWithJitterInItsUpperHalf(int retry, long min, long max) {
        RetryPolicy policy = new RetryPolicy(50, 100, 1_000, 60_000);

        for (int i = 0; i < 200; i++) {
            assertThat(policy.backoffMillis(retry)).isBetween(min, max);
        }
    }

    /* guards: the random part spans the whole upper half (both ends reachable), not a single value or more */
    @Test
    void backoffJitterReachesBothEndsOfItsRange() {
        RetryPolicy policy = new RetryPolicy(3, 2, 2, 60_000);
        Set<Long> seen = new HashSet<>();

        for (int i = 0; i < 500; i++) {
            seen.add(policy.backoffMillis(1));
        }

        assertThat(seen).containsExactlyInAnyOrder(1L, 2L);
    }

    /* guards: the "+ 1" of the bound (nextLong(0) would throw) for the smallest non-zero back-off */
    @Test
    void aOneMillisecondBackoffIsZeroOrOne() {
        RetryPolicy policy = new RetryPolicy(3, 1, 1, 60_000);
        Set<Long> seen = new HashSet<>();

        for (int i = 0; i < 500; i++) {
            seen.add(policy.backoffMillis(1));
        }

        assertThat(seen).containsExactlyInAnyOrder(0L, 1L);
    }

    /* guards: "exponential < 0" (overflow) must not catch a zero initial delay: no delay means retry at once */
    @Test
    void aZeroInitialDelayRetriesAtOnceWhateverTheCeiling() {
        RetryPolicy policy = new RetryPolicy(3, 0, 30_000, 60_000);

        for (int retry = 1; retry <= 40; retry++) {
            assertThat(policy.backoffMillis(retry)).as("retry %d", retry).isZero();
        }
    }

    /* guards: a shift that overflows to a negative number is capped, not used as a (negative) wait */
    @Test
    void aBackoffThatOverflowsIsCappedAtTheCeiling() {
        RetryPolicy policy = new RetryPolicy(50, Long.MAX_VALUE / 4, 8_000, 60_000);

        for (int retry = 3; retry <= 40; retry++) {
            assertThat(policy.backoffMillis(retry)).as("retry %d", retry).isBetween(4_000L, 8_000L);
        }
    }

    // ---- Retry-After ----------------------------------------------------------------------------------------------

    /* guards: seconds times 1000, the value trimmed, a date counted from the clock's now, a past date as 0 */
    @ParameterizedTest(name = "\"{0}\" -> {1} ms")
    @CsvSource(delimiter = '|', value = {
            "0|0",
            "1|1000",
            "120|120000",
            "' 7 '|7000",
            "Mon, 30 Nov 2026 10:00:30 GMT|30000",
            "'  Mon, 30 Nov 2026 10:02:00 GMT  '|120000",
            "Mon, 30 Nov 2026 09:59:00 GMT|0",
            "Sun, 29 Nov 2026 10:00:00 GMT|0"})
    void retryAfterIsReadAsSecondsOrAsADate(String header, long millis) {
        assertThat(RetryAfter.millis(header, NOW)).hasValue(millis);
    }

    /* guards: a number too large for a long (or for milliseconds) means "very long", so it exceeds any ceiling */
    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "9223372036854776", "99999999999999999999999"})
    void aRetryAfterTooLargeToCountIsTheLongestWait(String header) {
        assertThat(RetryAfter.millis(header, NOW)).hasValue(Long.MAX_VALUE);
    }

    /* guards: the overflow check catches only real overflow */
    @Test
    void theLargestRetryAfterThatFitsIsKeptExactly() {
        assertThat(RetryAfter.millis("9223372036854775", NOW)).hasValue(9_223_372_036_854_775_000L);
    }

    /* guards: a blank or unreadable header means "no wait asked" (the policy's own back-off applies), not 0 or an error */
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "soon", "-5", "1.5", "30 s", "2026-11-30T10:00:30Z"})
    void anAbsentOrUnreadableRetryAfterAsksForNothing(String header) {
        assertThat(RetryAfter.millis(header, NOW)).isEqualTo(OptionalLong.empty());
    }

    /* guards: the null check before reading the header */
    @Test
    void aMissingRetryAfterAsksForNothing() {
        assertThat(RetryAfter.millis(null, NOW)).isEmpty();
    }

    // ---- which failures ---------------------------------------------------------------------------------------------

    /* guards: each "the connection was never opened" class, which makes even a POST safe to resend */
    @Test
    void aFailureToConnectMeansNothingWasSent() {
        for (IOException failure : new IOException[] { new ConnectException("refused"),
                new ConnectTimeoutException("connect timed out"), new NoRouteToHostException("no route"),
                new UnknownHostException("callfire.invalid") }) {
            assertThat(ConnectFailures.beforeAnyByteSent(failure)).as(failure.toString()).isTrue();
            assertThat(ConnectFailures.nothingSent(failure)).as(failure.toString()).isTrue();
        }
    }

    /* guards: a pool-lease or rate-limit timeout is "nothing sent" for the caller, but no connect failure to retry */
    @Test
    void aLeaseTimeoutMeansNothingWasSentButIsNotRetried() {
        IOException lease = new ConnectionRequestTimeoutException("lease timed out");

        assertThat(ConnectFailures.beforeAnyByteSent(lease)).isFalse();
        assertThat(ConnectFailures.nothingSent(lease)).isTrue();
        assertThat(ConnectFailures.transientFailure(lease)).isFalse();
    }

    /* guards: a failure once connected is never taken for "nothing sent" (that would resend a text CallFire may have) */
    @Test
    void aFailureAfterConnectingMayHaveReachedCallfire() {
        for (IOException failure : new IOException[] { new SocketTimeoutException("read timed out"),
                new SocketException("connection reset"), new IOException("broken pipe") }) {
            assertThat(ConnectFailures.beforeAnyByteSent(failure)).as(failure.toString()).isFalse();
            assertThat(ConnectFailures.nothingSent(failure)).as(failure.toString()).isFalse();
        }
    }

    /* guards: timeouts and broken connections are worth another attempt of an idempotent request */
    @Test
    void timeoutsAndBrokenConnectionsAreTransient() {
        for (IOException failure : new IOException[] { new SocketTimeoutException("read timed out"),
                new ConnectTimeoutException("connect timed out"), new SocketException("connection reset"),
                new IOException("broken pipe") }) {
            assertThat(ConnectFailures.transientFailure(failure)).as(failure.toString()).isTrue();
        }
    }

    /* guards: a TLS failure is configuration and an interruption a request to stop: repeating them changes nothing */
    @Test
    void tlsFailuresAndInterruptionsAreNotTransient() {
        assertThat(ConnectFailures.transientFailure(new SSLHandshakeException("PKIX path building failed"))).isFalse();
        assertThat(ConnectFailures.transientFailure(new InterruptedIOException("interrupted"))).isFalse();
    }
}
