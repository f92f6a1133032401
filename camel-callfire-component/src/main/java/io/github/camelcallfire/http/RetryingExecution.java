package io.github.camelcallfire.http;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * Sends a request under the component's {@link RetryPolicy} and rate limit. This is the only retry logic between a
 * route and CallFire: HttpClient's own retry strategy is switched off.
 */
final class RetryingExecution {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingExecution.class);

    /** One attempt on the wire. */
    interface Attempt {
        ClassicHttpResponse send(ClassicHttpRequest request) throws IOException;
    }

    private final RetryPolicy policy;
    private final RateLimiter rateLimiter;
    private final long rateLimitWaitMillis;
    private final Clock clock;

    /** {@code rateLimiter} may be null (no limit); a permit is awaited at most {@code rateLimitWaitMillis}. */
    RetryingExecution(RetryPolicy policy, RateLimiter rateLimiter, long rateLimitWaitMillis, Clock clock) {
        this.policy = policy;
        this.rateLimiter = rateLimiter;
        this.rateLimitWaitMillis = rateLimitWaitMillis;
        this.clock = clock;
    }

    /**
     * The first answer that is final under the policy; the caller closes it.
     *
     * @param refusalsRetriable also retry a non-idempotent request answered 429 or 503: CallFire refused it without
     *                          processing it, so sending it again cannot do it twice
     */
    ClassicHttpResponse execute(ClassicHttpRequest request, Attempt attempt, boolean refusalsRetriable)
            throws IOException {
        boolean repeatable = RetryPolicy.isIdempotent(request.getMethod()) && repeatableEntity(request);
        boolean refusalsRepeatable = refusalsRetriable && repeatableEntity(request);
        for (int retry = 1; ; retry++) {
            boolean retriesLeft = retry <= policy.maxRetries();
            if (rateLimiter != null) {
                rateLimiter.acquire(rateLimitWaitMillis);
            }
            ClassicHttpResponse response;
            try {
                response = attempt.send(request);
            } catch (IOException failure) {
                boolean again = ConnectFailures.beforeAnyByteSent(failure)
                        || repeatable && ConnectFailures.transientFailure(failure);
                if (!retriesLeft || !again) {
                    throw failure;
                }
                pause(policy.backoffMillis(retry), request, failure.toString(), retry);
                continue;
            }
            int status = response.getCode();
            boolean again = repeatable ? RetryPolicy.isRetriableStatus(status)
                    : refusalsRepeatable && RetryPolicy.isRefusal(status);
            if (!retriesLeft || !again) {
                return response;
            }
            long wait = waitBeforeRetry(response, retry);
            if (wait < 0) {
                return response;
            }
            discard(response);
            pause(wait, request, "HTTP " + response.getCode(), retry);
        }
    }

    /** The wait the answer asks for, or -1 when its Retry-After exceeds the ceiling (then it is final). */
    private long waitBeforeRetry(ClassicHttpResponse response, int retry) {
        var header = response.getFirstHeader("Retry-After");
        OptionalLong retryAfter = RetryAfter.millis(header == null ? null : header.getValue(), clock);
        if (retryAfter.isEmpty()) {
            return policy.backoffMillis(retry);
        }
        if (retryAfter.getAsLong() > policy.maxRetryAfterMillis()) {
            LOG.debug("Not retrying: Retry-After {} is longer than maxRetryAfter {} ms", header.getValue(),
                    policy.maxRetryAfterMillis());
            return -1;
        }
        return retryAfter.getAsLong();
    }

    private void pause(long millis, ClassicHttpRequest request, String reason, int retry) throws IOException {
        LOG.debug("CallFire {} {} got {}; retry {} of {} in {} ms", request.getMethod(), request.getRequestUri(),
                reason, retry, policy.maxRetries(), millis);
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry " + request.getMethod() + " "
                    + request.getRequestUri());
        }
    }

    private static boolean repeatableEntity(ClassicHttpRequest request) {
        HttpEntity entity = request.getEntity();
        return entity == null || entity.isRepeatable();
    }

    /* reading the rest of the body lets the connection go back to the pool instead of being closed */
    private static void discard(ClassicHttpResponse response) {
        try (response) {
            EntityUtils.consume(response.getEntity());
        } catch (IOException ignored) {
            // a broken connection is dropped by the pool; the retry opens a new one
        }
    }
}
