package io.github.camelcallfire.poll;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.camelcallfire.http.CallfireApiException;
import org.apache.camel.spi.ExceptionHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a failed poll is logged: once, at WARN without a stack trace when its message explains it (with the stack trace
 * only when the logger is at DEBUG), at ERROR with the stack trace when it is unexpected. Checks level and stack trace,
 * not the text.
 */
class PollFailureLoggerTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(PollFailureLoggerTest.class.getName() + ".capture");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final ExceptionHandler camels = new ExceptionHandler() {
        @Override
        public void handleException(Throwable exception) {
            throw new AssertionError("passed on", exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            throw new AssertionError("passed on", exception);
        }

        @Override
        public void handleException(String message, org.apache.camel.Exchange exchange, Throwable exception) {
            throw new AssertionError("passed on", exception);
        }
    };

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
        logger.setAdditive(false);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
        logger.setLevel(null);
        logger.setAdditive(true);
    }

    @Test
    void anExplainedFailureIsOneWarningWithoutStackTrace() {
        logger.setLevel(Level.INFO);

        new PollFailureLogger(logger, camels).handleException(failure(PollFailureKind.CREDENTIALS_REFUSED));
        new PollFailureLogger(logger, camels).handleException(failure(PollFailureKind.CALLFIRE_FAILED));

        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.WARN);
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getThrowableProxy()).isNull());
    }

    @Test
    void atDebugTheWarningCarriesTheStackTrace() {
        logger.setLevel(Level.DEBUG);

        new PollFailureLogger(logger, camels).handleException(failure(PollFailureKind.CALLFIRE_FAILED));

        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getThrowableProxy().getClassName()).isEqualTo(CallfireApiException.class.getName());
        });
    }

    @Test
    void anUnexpectedFailureIsAnErrorWithStackTrace() {
        logger.setLevel(Level.INFO);

        new PollFailureLogger(logger, camels).handleException(failure(PollFailureKind.UNEXPECTED));

        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getThrowableProxy()).isNotNull();
        });
    }

    private static PollFailedException failure(PollFailureKind kind) {
        return new PollFailedException(kind, "callfire:texts/find", "bob", new CallfireApiException(401, 0,
                "Unauthorized", null, null, "findTexts", "/texts"), 500, Instant.parse("2026-11-30T10:00:00Z"));
    }
}
