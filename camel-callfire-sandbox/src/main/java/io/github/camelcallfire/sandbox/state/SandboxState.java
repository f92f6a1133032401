package io.github.camelcallfire.sandbox.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.github.camelcallfire.sandbox.webhooks.SandboxEvents;

/**
 * Everything the sandbox holds. Each domain keeps its data in its own store class, created on first use with a
 * {@code (SandboxState)} constructor and looked up with {@link #store(Class)}; {@link #reset()} drops them all.
 * Store constructors must not look up other stores (look them up when used).
 */
public final class SandboxState {

    private final SandboxSettings settings;
    private final SandboxClock clock = new SandboxClock();
    private final AtomicLong ids = new AtomicLong();
    private volatile Map<Class<?>, Object> stores = new ConcurrentHashMap<>();
    private final SandboxEvents events = new SandboxEvents(this);

    public SandboxState(SandboxSettings settings) {
        this.settings = settings;
        resetIds();
    }

    public SandboxSettings settings() {
        return settings;
    }

    public SandboxClock clock() {
        return clock;
    }

    /** Where the stores report the state changes webhooks watch (texts, calls, broadcasts, contact lists). */
    public SandboxEvents events() {
        return events;
    }

    /** Current sandbox time in epoch ms. */
    public long now() {
        return clock.now();
    }

    /** A new id, unique across all resources, growing; like CallFire's they end in 003. */
    public long nextId() {
        return ids.incrementAndGet() * 1000 + 3;
    }

    @SuppressWarnings("unchecked")
    public <T> T store(Class<T> type) {
        return (T) stores.computeIfAbsent(type, (Function<Class<?>, Object>) this::create);
    }

    private Object create(Class<?> type) {
        try {
            return type.getConstructor(SandboxState.class).newInstance(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("store " + type.getName() + " needs a public (SandboxState) constructor", e);
        }
    }

    /** Clears every store; the clock goes back to real time. Ids keep growing, as CallFire's do. */
    public void reset() {
        stores = new ConcurrentHashMap<>();
        clock.reset();
    }

    private void resetIds() {
        ids.set(10_000);
    }
}
