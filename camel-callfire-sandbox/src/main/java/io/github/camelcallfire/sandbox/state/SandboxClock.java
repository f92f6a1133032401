package io.github.camelcallfire.sandbox.state;

/**
 * The sandbox's notion of now, in epoch milliseconds. Tests move it ({@link #advance}) or stop it ({@link #freeze})
 * so that life cycles (READY -> FINISHED after the simulated delay) are deterministic.
 */
public final class SandboxClock {

    private volatile long offsetMillis;
    private volatile Long frozenAt;

    public long now() {
        Long frozen = frozenAt;
        return frozen != null ? frozen : System.currentTimeMillis() + offsetMillis;
    }

    public synchronized void advance(long millis) {
        if (frozenAt != null) {
            frozenAt = frozenAt + millis;
        } else {
            offsetMillis += millis;
        }
    }

    public synchronized void freeze() {
        frozenAt = now();
    }

    /** Freezes the clock at an absolute time. */
    public synchronized void set(long epochMillis) {
        frozenAt = epochMillis;
    }

    /** Lets the clock run again from where it stands. */
    public synchronized void unfreeze() {
        if (frozenAt != null) {
            offsetMillis = frozenAt - System.currentTimeMillis();
            frozenAt = null;
        }
    }

    public boolean frozen() {
        return frozenAt != null;
    }

    public synchronized void reset() {
        offsetMillis = 0;
        frozenAt = null;
    }
}
