package io.github.camelcallfire;

import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Warns about {@code CamelCallfire...} headers the component does not know: a misspelt option header
 * ({@code CamelCallfireToNumbr}) is otherwise ignored without a trace, and the endpoint's value is used instead.
 * Each name is reported once per endpoint, so a busy route does not flood the log.
 */
final class UnknownHeaders {

    private static final Logger LOG = LoggerFactory.getLogger(UnknownHeaders.class);
    private static final String PREFIX = CallfireConstants.HEADER_PREFIX;
    /* past this many distinct names a route makes them up (e.g. with an id in the name): more warnings tell nothing */
    private static final int MAX_REPORTED = 100;
    private static final Set<String> KNOWN = knownHeaders();
    /* Camel looks headers up ignoring case, so CamelCallfireTonumber does set toNumber */
    private static final Set<String> KNOWN_ANY_CASE = anyCase(KNOWN);

    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /**
     * Logs a WARN for a message header that starts like ours ({@code CamelCallfire}, any case) but is no header of the
     * component, the first time it is seen.
     */
    void warnAbout(String name, CallfireOperation operation) {
        // the exact name first: a hash lookup, where the any-case set compares names ignoring case
        if (!KNOWN.contains(name) && !KNOWN_ANY_CASE.contains(name)
                && reported.size() < MAX_REPORTED && reported.add(name)) {
            LOG.warn("Header {} is not a header of the callfire component, so callfire:{} ({}) ignores it. "
                    + "Did you mean {}? (Reported once per endpoint.)", name, operation.uriPath(),
                    operation.operationId(), String.join(" or ", closest(name)));
        }
    }

    /** The known headers nearest to {@code name} by edit distance, ignoring case. */
    private static List<String> closest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        Set<String> nearest = new TreeSet<>();
        for (String known : KNOWN) {
            int distance = editDistance(lower, known.toLowerCase(Locale.ROOT));
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            if (distance == best) {
                nearest.add(known);
            }
        }
        return List.copyOf(nearest);
    }

    /* Levenshtein distance: insertions, deletions and substitutions, each counting one */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Every header constant (results, consumer items, controls) and the override header of every option. */
    private static Set<String> knownHeaders() {
        Set<String> known = new HashSet<>();
        for (Field field : CallfireConstants.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String value = (String) field.get(null);
                    if (value.startsWith(PREFIX) && value.length() > PREFIX.length()) {
                        known.add(value);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("public constant " + field.getName() + " is not readable", e);
                }
            }
        }
        for (CallfireOperation operation : CallfireOperation.values()) {
            for (OperationParam param : operation.params()) {
                known.add(param.headerName());
            }
        }
        return Set.copyOf(known);
    }

    private static Set<String> anyCase(Set<String> names) {
        Set<String> anyCase = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        anyCase.addAll(names);
        return anyCase;
    }
}
