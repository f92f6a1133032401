package io.github.camelcallfire.reliability;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.control.Fault;

/** Fault rules for the sandbox, and a request counter built from one. */
final class Faults {

    /** Enough uses that a counter never runs out in a test. */
    static final int COUNTER_USES = 1_000_000;

    private Faults() {
    }

    static Fault status(String method, String path, int status, int count) {
        Fault fault = new Fault();
        fault.setMethod(method);
        fault.setPath(path);
        fault.setStatus(status);
        fault.setCount(count);
        return fault;
    }

    static Fault drop(String method, String path, int count) {
        Fault fault = new Fault();
        fault.setMethod(method);
        fault.setPath(path);
        fault.setDrop(true);
        fault.setCount(count);
        return fault;
    }

    /**
     * A rule that only adds 0 ms of latency to every /v2 request: its remaining uses count the requests that reached
     * the sandbox. Add it last, since the first matching rule wins.
     */
    static Fault requestCounter(CallfireSandbox sandbox) {
        Fault fault = new Fault();
        fault.setPath("/v2/.*");
        fault.setLatencyMs(0);
        fault.setCount(COUNTER_USES);
        return sandbox.addFault(fault);
    }

    static int requestsSeen(Fault counter) {
        return COUNTER_USES - counter.getRemaining();
    }
}
