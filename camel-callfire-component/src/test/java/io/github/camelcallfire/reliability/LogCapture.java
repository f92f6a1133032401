package io.github.camelcallfire.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Records every log line of a run (logger name, message, and each exception of its cause chain with its stack) with
 * every logger set to one level, root included, and restores the levels on close. While it records, the console
 * appender is detached: a run at TRACE writes megabytes nobody reads.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<Line> lines = new ArrayList<>();
    private final Map<Logger, Level> previousLevels = new HashMap<>();
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    /** Every logger that exists now or is created while capturing logs at {@code level}. */
    LogCapture(Level level) {
        LoggerContext context = root.getLoggerContext();
        for (Logger logger : context.getLoggerList()) {
            if (logger.getLevel() != null) {
                previousLevels.put(logger, logger.getLevel());
                // loggers without their own level inherit root's; the others must be set one by one
                logger.setLevel(level);
            }
        }
        root.setLevel(level);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            detached.add(it.next());
        }
        detached.forEach(root::detachAppender);
        setContext(context);
        start();
        root.addAppender(this);
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                text.append("\n    ").append(frame.getSTEAsString());
            }
        }
        lines.add(new Line(event.getLevel(), event.getLoggerName(), text.toString()));
    }

    /** Every line: level, logger, message and the exceptions of its cause chain. */
    synchronized String text() {
        StringBuilder all = new StringBuilder();
        lines.forEach(line -> all.append(line).append('\n'));
        return all.toString();
    }

    synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    /** How many lines loggers whose name starts with {@code prefix} wrote, to prove a run was logged at all. */
    synchronized long lines(String prefix) {
        return lines.stream().filter(line -> line.logger().startsWith(prefix)).count();
    }

    record Line(Level level, String logger, String text) {
        @Override
        public String toString() {
            return level + " " + logger + " " + text;
        }
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
        detached.forEach(root::addAppender);
        LoggerContext context = root.getLoggerContext();
        for (Logger logger : context.getLoggerList()) {
            if (logger != root) {
                logger.setLevel(previousLevels.get(logger));
            }
        }
        root.setLevel(previousLevels.get(root));
    }
}
