package io.github.camelcallfire.testing;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An exception handler ({@code exceptionHandler=#name}) that keeps what the consumer reported, in order. */
public final class RecordedFailures implements ExceptionHandler {

    private final List<Throwable> reported = new CopyOnWriteArrayList<>();

    @Override
    public void handleException(Throwable exception) {
        reported.add(exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        reported.add(exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        reported.add(exception);
    }

    public List<Throwable> all() {
        return List.copyOf(reported);
    }
}
