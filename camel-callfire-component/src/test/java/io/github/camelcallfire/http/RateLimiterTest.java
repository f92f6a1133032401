package io.github.camelcallfire.http;

import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client-side rate limit as a token bucket: which request gets a permit at once, how long the others are told to
 * wait, and that a request that would wait too long is refused without taking a permit. The clock is the test's own,
 * so these are exact figures, not timings. Found by mutation testing (docs/testing.md): the tests through the sandbox
 * (TimeoutsAndRateLimitTest) only see "refused" or "let through", so a wrong refill or wait passed them.
 */
class RateLimiterTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    /* guards: the burst is one second's worth of permits, then each permit is due 1/rate later */
    @Test
    void aBurstOfOneSecondsPermitsThenOnePermitPerInterval() {
        RateLimiter limiter = new RateLimiter(2, now::get);

        assertThat(limiter.reserve(Long.MAX_VALUE)).isZero();
        assertThat(limiter.reserve(Long.MAX_VALUE)).isZero();
        assertThat(limiter.reserve(Long.MAX_VALUE)).isEqualTo(SECOND / 2);
        assertThat(limiter.reserve(Long.MAX_VALUE)).isEqualTo(SECOND);
    }

    /* guards: "waitNanos > maxWaitNanos" (a wait exactly as long as allowed is still granted) */
    @Test
    void aPermitDueExactlyAtTheEndOfTheWaitIsGranted() {
        RateLimiter limiter = new RateLimiter(2, now::get);
        limiter.reserve(0);
        limiter.reserve(0);

        assertThat(limiter.reserve(SECOND / 2 - 1)).isEqualTo(-1);
        assertThat(limiter.reserve(SECOND / 2)).isEqualTo(SECOND / 2);
    }

    /* guards: a refused caller takes no permit, so it costs the next caller nothing */
    @Test
    void aRefusedRequestTakesNoPermit() {
        RateLimiter limiter = new RateLimiter(4, now::get);
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.reserve(0)).isZero();
        }

        assertThat(limiter.reserve(0)).isEqualTo(-1);
        assertThat(limiter.reserve(0)).isEqualTo(-1);
        assertThat(limiter.reserve(Long.MAX_VALUE)).isEqualTo(SECOND / 4);
    }

    /* guards: the refill by elapsed time (now - refilledAt) * rate, and that it is counted once */
    @Test
    void permitsComeBackAtTheRate() {
        RateLimiter limiter = new RateLimiter(2, now::get);
        limiter.reserve(0);
        limiter.reserve(0);

        now.addAndGet(SECOND / 4);
        assertThat(limiter.reserve(Long.MAX_VALUE)).as("half a permit back, half to wait").isEqualTo(SECOND / 4);

        now.addAndGet(SECOND / 4 + SECOND);
        assertThat(limiter.reserve(0)).isZero();
        assertThat(limiter.reserve(0)).isZero();
        assertThat(limiter.reserve(0)).as("the time since the last refill is not counted twice").isEqualTo(-1);
    }

    /* guards: the bucket holds at most one second's worth, however long it was idle */
    @Test
    void anIdleLimiterSavesUpAtMostOneSecondsPermits() {
        RateLimiter limiter = new RateLimiter(3, now::get);

        now.addAndGet(3_600 * SECOND);

        assertThat(limiter.reserve(0)).isZero();
        assertThat(limiter.reserve(0)).isZero();
        assertThat(limiter.reserve(0)).isZero();
        assertThat(limiter.reserve(Long.MAX_VALUE)).as("a third of a second, rounded up to the nanosecond")
                .isEqualTo(333_333_334L);
    }

    /* guards: a rate below one per second still lets one request through at once (capacity at least 1) */
    @Test
    void aRateBelowOnePerSecondStartsWithOnePermit() {
        RateLimiter limiter = new RateLimiter(0.5, now::get);

        assertThat(limiter.reserve(0)).isZero();
        assertThat(limiter.reserve(Long.MAX_VALUE)).isEqualTo(2 * SECOND);
    }

    /* guards: "!(permitsPerSecond > 0)": a rate of 0 or NaN would never (or wrongly) grant a permit */
    @Test
    void aRateThatIsNotPositiveIsRefused() {
        for (double rate : new double[] { 0, -1, Double.NaN }) {
            assertThatThrownBy(() -> new RateLimiter(rate)).as("rate %s", rate)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rateLimit must be positive");
        }
    }

    /* guards: "waitNanos < 0" in acquire: a permit beyond the wait ends in the lease-timeout exception */
    @Test
    void acquireRefusesWhenNoPermitIsDueWithinTheWait() throws Exception {
        RateLimiter limiter = new RateLimiter(1, now::get);
        limiter.acquire(0);

        assertThatThrownBy(() -> limiter.acquire(999)).isInstanceOf(ConnectionRequestTimeoutException.class)
                .hasMessageContaining("1.0 requests/s").hasMessageContaining("within 999 ms");
    }

    /* guards: acquire waits (sleeps) for a permit that is not due yet: an interrupt ends that wait, flag kept */
    @Test
    void anInterruptedWaitForAPermitEndsTheRequestAndKeepsTheInterrupt() throws Exception {
        RateLimiter limiter = new RateLimiter(1, now::get);
        limiter.acquire(0);

        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> limiter.acquire(60_000)).isInstanceOf(InterruptedIOException.class)
                .hasMessageContaining("rate limit");
        assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
    }

    /* guards: a permit that is free at once does not wait at all, so a pending interrupt does not refuse it */
    @Test
    void aFreePermitIsGrantedWithoutWaitingEvenToAnInterruptedThread() throws Exception {
        RateLimiter limiter = new RateLimiter(1, now::get);

        Thread.currentThread().interrupt();
        limiter.acquire(0);

        assertThat(Thread.interrupted()).isTrue();
    }
}
