package io.github.camelcallfire.http;

import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket shared by every request of a component: {@code permitsPerSecond} on average, bursts of up to one
 * second's worth. A caller reserves the next free slot and sleeps until it comes; a slot further away than the
 * caller may wait is not reserved, so a refused caller costs the others nothing.
 */
public final class RateLimiter {

    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final double permitsPerSecond;
    private final double capacity;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    public RateLimiter(double permitsPerSecond) {
        this(permitsPerSecond, System::nanoTime);
    }

    /* tests pass their own clock to check the permits and waits it computes (RateLimiterTest) */
    RateLimiter(double permitsPerSecond, LongSupplier nanoTime) {
        if (!(permitsPerSecond > 0)) {
            throw new IllegalArgumentException("rateLimit must be positive, but was " + permitsPerSecond);
        }
        this.permitsPerSecond = permitsPerSecond;
        this.capacity = Math.max(1, permitsPerSecond);
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.refilledAt = nanoTime.getAsLong();
    }

    /**
     * Waits for a permit, at most {@code maxWaitMillis}.
     *
     * @throws ConnectionRequestTimeoutException when no permit is free within the wait (nothing was sent)
     * @throws java.io.InterruptedIOException   when the thread is interrupted while waiting
     */
    public void acquire(long maxWaitMillis) throws ConnectionRequestTimeoutException, java.io.InterruptedIOException {
        long waitNanos = reserve(TimeUnit.MILLISECONDS.toNanos(maxWaitMillis));
        if (waitNanos < 0) {
            throw new ConnectionRequestTimeoutException("No permit of the client-side rate limit (" + permitsPerSecond
                    + " requests/s) within " + maxWaitMillis + " ms; lower the load or raise rateLimit");
        }
        if (waitNanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(waitNanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("Interrupted while waiting for the client-side rate limit");
            }
        }
    }

    /** Nanoseconds until the reserved permit is due, or -1 when it would be due later than {@code maxWaitNanos}. */
    synchronized long reserve(long maxWaitNanos) {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * permitsPerSecond / NANOS_PER_SECOND);
        refilledAt = now;
        long waitNanos = tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / permitsPerSecond);
        if (waitNanos > maxWaitNanos) {
            return -1;
        }
        tokens -= 1;
        return waitNanos;
    }
}
