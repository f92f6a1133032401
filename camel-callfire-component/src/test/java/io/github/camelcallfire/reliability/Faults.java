package io.github.camelcallfire.reliability;

import io.github.camelcallfire.sandbox.control.Fault;

/** Fault rules for the sandbox. */
final class Faults {

    private Faults() {
    }

    static Fault status(String method, String path, int status, int count) {
        Fault fault = rule(method, path, count);
        fault.setStatus(status);
        return fault;
    }

    static Fault drop(String method, String path, int count) {
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
