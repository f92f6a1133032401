package io.github.camelcallfire.poll;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;

/**
 * The consumer's exception handler unless the route configures one ({@code exceptionHandler},
 * {@code bridgeErrorHandler}). A failed poll is logged once, as one line that says what failed and when the next
 * attempt is, instead of Camel's "Will try again at next poll" with a stack trace on every failure: a refused password
 * or an unavailable CallFire is explained by its message, while an unexpected failure keeps its stack trace, at ERROR.
 * Everything else (a failed exchange) goes to Camel's handler as before.
 */
public final class PollFailureLogger implements ExceptionHandler {

    private final Logger log;
    private final ExceptionHandler others;

    public PollFailureLogger(Logger log, ExceptionHandler others) {
        this.log = log;
        this.others = others;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (!(exception instanceof PollFailedException failure)) {
            others.handleException(message, exchange, exception);
        } else if (failure.getKind() == PollFailureKind.UNEXPECTED) {
            log.error(failure.getMessage(), failure.getCause());
        } else if (log.isDebugEnabled()) {
            log.warn(failure.getMessage(), failure.getCause());
        } else {
            log.warn(failure.getMessage());
        }
    }
}
