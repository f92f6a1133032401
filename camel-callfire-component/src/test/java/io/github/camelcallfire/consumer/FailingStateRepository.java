package io.github.camelcallfire.consumer;

import org.apache.camel.support.processor.state.MemoryStateRepository;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' fault injector: a memory repository whose next write throws the Error it was armed with, as a JVM that
 * runs out of heap in the middle of a poll would.
 */
final class FailingStateRepository extends MemoryStateRepository {

    private final AtomicReference<Error> nextWrite = new AtomicReference<>();
    private final AtomicInteger thrown = new AtomicInteger();

    void failNextWrite(Error error) {
        nextWrite.set(error);
    }

    int errorsThrown() {
        return thrown.get();
    }

    @Override
    public void setState(String key, String value) {
        Error error = nextWrite.getAndSet(null);
        if (error != null) {
            thrown.incrementAndGet();
            throw error;
        }
        super.setState(key, value);
    }
}
