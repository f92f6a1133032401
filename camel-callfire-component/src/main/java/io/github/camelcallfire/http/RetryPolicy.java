package io.github.camelcallfire.http;

import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before sending a request again. Only idempotent methods are retried after the request may
 * have reached CallFire; a POST is retried only when the connection could not even be opened.
 *
 * @param maxRetries          further attempts after the first one (0 disables retrying)
 * @param initialDelayMillis  back-off before the first retry; doubled for each further retry
 * @param maxDelayMillis      ceiling of the exponential back-off
 * @param maxRetryAfterMillis longest {@code Retry-After} honoured; an answer asking for more is not retried
 */
public record RetryPolicy(int maxRetries, long initialDelayMillis, long maxDelayMillis, long maxRetryAfterMillis) {

    public RetryPolicy {
        requireNotNegative(maxRetries, "maxRetries");
        requireNotNegative(initialDelayMillis, "retryInitialDelay");
        requireNotNegative(maxDelayMillis, "retryMaxDelay");
        requireNotNegative(maxRetryAfterMillis, "maxRetryAfter");
    }

    /** Statuses that say "not now" rather than "no": too many requests and the gateway family. */
    public static boolean isRetriableStatus(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    /**
     * Statuses by which CallFire refuses a request before processing it (too many requests, service unavailable), so
     * that even a send may be repeated.
     */
    public static boolean isRefusal(int status) {
        return status == 429 || status == 503;
    }

    /** Whether sending the method twice has the same effect as sending it once (RFC 9110 section 9.2.2). */
    public static boolean isIdempotent(String method) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS", "PUT", "DELETE" -> true;
            default -> false;
        };
    }

    /**
     * The back-off before retry number {@code retry} (1-based): exponential, capped, with "equal jitter" (a random
     * half on top of a fixed half) so that clients failing together do not come back together.
     */
    public long backoffMillis(int retry) {
        long exponential = initialDelayMillis << Math.min(retry - 1, 30);
        long capped = exponential < 0 ? maxDelayMillis : Math.min(exponential, maxDelayMillis);
        long half = capped / 2;
        return half + ThreadLocalRandom.current().nextLong(capped - half + 1);
    }

    private static void requireNotNegative(long value, String option) {
        if (value < 0) {
            throw new IllegalArgumentException("Option " + option + " must not be negative, but was " + value);
        }
    }
}
