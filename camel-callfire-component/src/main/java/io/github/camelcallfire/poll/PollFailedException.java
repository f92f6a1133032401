package io.github.camelcallfire.poll;

import io.github.camelcallfire.http.CallfireApiException;
import org.apache.camel.health.HealthCheck;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failed poll as the consumer reports it: to its exception handler, and through Camel's health check. Its message
 * says what failed and when the next poll is; the original failure (an Error too) is its cause, so that an
 * {@code onException} of a route that bridges errors still finds a {@link CallfireApiException}.
 */
public final class PollFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PollFailureKind kind;
    private final String login;
    private final long backoffMillis;
    private final Instant nextPoll;

    /**
     * @param endpoint      what was polled, e.g. {@code callfire:texts/find} (no options: they may hold secrets)
     * @param login         the API login the consumer used, or null when none is configured; never the password
     * @param backoffMillis how long the consumer waits before the next poll
     */
    public PollFailedException(PollFailureKind kind, String endpoint, String login, Throwable cause, long backoffMillis,
                               Instant nextPoll) {
        super(describe(kind, endpoint, login, cause) + "; next attempt in " + backoffMillis + " ms, at " + nextPoll,
                cause);
        this.kind = kind;
        this.login = login;
        this.backoffMillis = backoffMillis;
        this.nextPoll = nextPoll;
    }

    private static String describe(PollFailureKind kind, String endpoint, String login, Throwable cause) {
        return switch (kind) {
            case CREDENTIALS_REFUSED -> "CallFire refused the API credentials "
                    + (login == null ? "(no login is configured)" : "of login '" + login + "'") + " with HTTP "
                    + httpStatus(cause) + " while polling " + endpoint
                    + (apiMessage(cause) == null ? "" : " (" + apiMessage(cause) + ")");
            case CALLFIRE_FAILED -> "Polling " + endpoint + " failed: " + cause.getMessage();
            case UNEXPECTED -> "Polling " + endpoint + " failed unexpectedly: " + cause;
        };
    }

    private static int httpStatus(Throwable cause) {
        return cause instanceof CallfireApiException api ? api.getHttpStatus() : 0;
    }

    private static String apiMessage(Throwable cause) {
        return cause instanceof CallfireApiException api ? api.getApiMessage() : null;
    }

    public PollFailureKind getKind() {
        return kind;
    }

    /** What the consumer's health check shows while this is the last failure. */
    public Map<String, Object> healthDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("callfire.failure", kind.name());
        details.put("callfire.reason", getCause().toString());
        int status = httpStatus(getCause());
        if (status > 0) {
            details.put(HealthCheck.HTTP_RESPONSE_CODE, status);
        }
        if (kind == PollFailureKind.CREDENTIALS_REFUSED && login != null) {
            details.put("callfire.login", login);
        }
        details.put("callfire.backoff.ms", backoffMillis);
        details.put("callfire.next.poll", nextPoll.toString());
        return details;
    }
}
