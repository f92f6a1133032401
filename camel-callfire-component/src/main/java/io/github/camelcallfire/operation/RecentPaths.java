package io.github.camelcallfire.operation;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The request path last built for each operation, reused while the values that go into the URL stay the same: a
 * route that sends one text per message asks for the same path every time, and building it anew showed in profiles.
 * Only paths whose URL values are immutable (String, Number, Boolean, Enum) are kept, so a value that changes in place
 * cannot bring back a stale path. Thread-safe.
 */
final class RecentPaths {

    private record Entry(Object[] arguments, String path) {
    }

    private final AtomicReferenceArray<Entry> last = new AtomicReferenceArray<>(CallfireOperation.values().length);

    String path(CallfireOperation operation, Object[] arguments) {
        Entry entry = last.get(operation.ordinal());
        if (entry != null && sameUrlValues(operation.params(), entry.arguments, arguments)) {
            return entry.path;
        }
        String path = OperationExecutor.requestPath(operation, arguments);
        if (immutableUrlValues(operation.params(), arguments)) {
            last.set(operation.ordinal(), new Entry(arguments.clone(), path));
        }
        return path;
    }

    private static boolean sameUrlValues(List<OperationParam> params, Object[] kept, Object[] arguments) {
        for (int i = 0; i < params.size(); i++) {
            if (inUrl(params.get(i)) && !Objects.equals(kept[i], arguments[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean immutableUrlValues(List<OperationParam> params, Object[] arguments) {
        for (int i = 0; i < params.size(); i++) {
            Object value = arguments[i];
            if (inUrl(params.get(i)) && value != null && !(value instanceof String || value instanceof Number
                    || value instanceof Boolean || value instanceof Enum<?>)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inUrl(OperationParam param) {
        return param.location() == ParamLocation.PATH || param.location() == ParamLocation.QUERY;
    }
}
