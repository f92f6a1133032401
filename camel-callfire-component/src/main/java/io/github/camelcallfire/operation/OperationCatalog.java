package io.github.camelcallfire.operation;

import io.github.camelcallfire.model.BroadcastType;
import io.github.camelcallfire.validation.ValueQuote;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Finds the operation an endpoint URI names, with errors that list what is valid. */
public final class OperationCatalog {

    private static final Map<String, Set<String>> METHODS_BY_API = new LinkedHashMap<>();

    static {
        for (CallfireOperation operation : CallfireOperation.values()) {
            METHODS_BY_API.computeIfAbsent(operation.api(), api -> new TreeSet<>()).add(operation.method());
        }
    }

    private OperationCatalog() {
    }

    /**
     * The operation for {@code api/method}; {@code broadcastType} picks the text or voice variant of broadcast
     * operations and is ignored by all others (null means TEXT, or the only type a broadcast operation exists for).
     *
     * @throws IllegalArgumentException naming what is unknown and listing the valid names
     */
    public static CallfireOperation resolve(String api, String method, BroadcastType broadcastType) {
        Set<String> methods = METHODS_BY_API.get(api);
        if (methods == null) {
            throw new IllegalArgumentException("Unknown CallFire api " + ValueQuote.quote(api) + ". Valid apis: "
                    + String.join(", ", METHODS_BY_API.keySet()));
        }
        if (!methods.contains(method)) {
            throw new IllegalArgumentException("Unknown CallFire operation " + ValueQuote.quote(method) + " of api "
                    + api + ". Valid operations of " + api + ": " + String.join(", ", methods));
        }
        BroadcastType type = broadcastType == null ? onlyTypeOf(api, method) : broadcastType;
        CallfireOperation match = null;
        for (CallfireOperation operation : CallfireOperation.values()) {
            if (operation.api().equals(api) && operation.method().equals(method)
                    && (operation.broadcastType() == null || operation.broadcastType() == type)) {
                match = operation;
                break;
            }
        }
        if (match == null) {
            throw new IllegalArgumentException("Operation callfire:" + api + "/" + method
                    + " does not exist for broadcastType=" + type + ". Valid for " + type + ": " + methodsOf(api, type));
        }
        return match;
    }

    /*
     * Without broadcastType an operation that exists for one type only (broadcasts/get-calls: CALL, get-texts: TEXT)
     * means that type; Camel's catalog lists it under the broadcasts api without the type, so its URI needs none.
     */
    private static BroadcastType onlyTypeOf(String api, String method) {
        BroadcastType only = null;
        int variants = 0;
        for (CallfireOperation operation : CallfireOperation.values()) {
            if (operation.api().equals(api) && operation.method().equals(method)) {
                only = operation.broadcastType();
                variants++;
            }
        }
        return variants == 1 && only != null ? only : BroadcastType.TEXT;
    }

    private static String methodsOf(String api, BroadcastType type) {
        return CallfireOperation.all().stream()
                .filter(operation -> operation.api().equals(api) && operation.broadcastType() == type)
                .map(CallfireOperation::method)
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
