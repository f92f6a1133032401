package io.github.camelcallfire.consumer;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceSupport;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/** A MemoryStateRepository that counts the writes and the UTF-8 bytes of the values written. */
final class CountingStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private final MemoryStateRepository memory = new MemoryStateRepository();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong largestValue = new AtomicLong();

    @Override
    public void setState(String key, String value) {
        long length = value.getBytes(StandardCharsets.UTF_8).length;
        writes.incrementAndGet();
        bytes.addAndGet(length);
        largestValue.accumulateAndGet(length, Math::max);
        memory.setState(key, value);
    }

    @Override
    public String getState(String key) {
        return memory.getState(key);
    }

    long writes() {
        return writes.get();
    }

    long bytes() {
        return bytes.get();
    }

    long largestValue() {
        return largestValue.get();
    }
}
