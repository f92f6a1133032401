package io.github.camelcallfire.testing;

import io.github.camelcallfire.sandbox.control.Fault;

/** Fault rules for the sandbox: an error status or a dropped connection for the next {@code count} matching requests. */
public final class Faults {

    private Faults() {
    }

    public static Fault status(String method, String path, int status, int count) {
        Fault fault = rule(method, path, count);
        fault.setStatus(status);
        return fault;
    }

    public static Fault drop(String method, String path, int count) {
        Fault fault = rule(method, path, count);
        fault.setDrop(true);
        return fault;
    }

    private static Fault rule(String method, String path, int count) {
        Fault fault = new Fault();
        fault.setMethod(method);
        fault.setPath(path);
        fault.setCount(count);
        return fault;
    }
}
