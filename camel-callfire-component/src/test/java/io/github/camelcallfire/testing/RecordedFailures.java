package io.github.camelcallfire.testing;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An exception handler ({@code exceptionHandler=#name}) that keeps what the consumer reported, in order. */
public final class RecordedFailures implements ExceptionHandler {

    /** One report: the message and exchange it came with (null when it had none) and the failure. */
    public record Report(String message, Exchange exchange, Throwable exception) {
    }

    private final List<Report> reported = new CopyOnWriteArrayList<>();

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
        reported.add(new Report(message, exchange, exception));
    }

    /** The failures reported so far, oldest first. */
    public List<Throwable> all() {
        return reported.stream().map(Report::exception).toList();
    }

    /** The reports so far, oldest first. */
    public List<Report> reports() {
        return List.copyOf(reported);
    }
}
