package io.github.camelcallfire.sandbox.control;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The active fault rules. In each phase of a request the first rule of that phase that matches it and wins its dice
 * roll acts on it.
 */
public final class FaultInjector {

    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    public Fault add(Fault fault) {
        fault.validate(ids.incrementAndGet());
        faults.add(fault);
        return fault;
    }

    public List<Fault> list() {
        return List.copyOf(faults);
    }

    public void clear() {
        faults.clear();
    }

    public Optional<Fault> pick(FaultPhase phase, String method, String path) {
        if (faults.isEmpty()) {
            return Optional.empty();
        }
        for (Fault fault : faults) {
            if (!fault.matches(phase, method, path)) {
                continue;
            }
            Double p = fault.getProbability();
            if (p != null && ThreadLocalRandom.current().nextDouble() >= p) {
                continue;
            }
            if (fault.consume()) {
                if (fault.spent()) {
                    faults.remove(fault);
                }
                return Optional.of(fault);
            }
            faults.remove(fault);
        }
        return Optional.empty();
    }
}
