package io.github.camelcallfire.operation;

import java.lang.reflect.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.function.Consumer;

/** How option values of any Java type become the text CallFire expects on the wire. */
final class ArgumentValues {

    private ArgumentValues() {
    }

    /** Timestamps become epoch milliseconds, enums their name, collections a comma-separated list. */
    static String toText(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Date date) {
            return Long.toString(date.getTime());
        }
        if (value instanceof Instant instant) {
            return Long.toString(instant.toEpochMilli());
        }
        if (value instanceof OffsetDateTime time) {
            return Long.toString(time.toInstant().toEpochMilli());
        }
        if (value instanceof ZonedDateTime time) {
            return Long.toString(time.toInstant().toEpochMilli());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> || value != null && value.getClass().isArray()) {
            StringBuilder joined = new StringBuilder();
            forEachElement(value, element -> {
                if (joined.length() > 0) {
                    joined.append(',');
                }
                joined.append(toText(element));
            });
            return joined.toString();
        }
        return String.valueOf(value);
    }

    /** Each value of a repeatable option: the elements of a Collection or array, or a String split on commas. */
    static void forEachValue(Object value, Consumer<String> action) {
        if (value instanceof String text) {
            int start = 0;
            for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', start)) {
                emitTrimmed(text.substring(start, comma), action);
                start = comma + 1;
            }
            emitTrimmed(text.substring(start), action);
        } else if (value instanceof Collection<?> || value.getClass().isArray()) {
            forEachElement(value, element -> forEachValue(element, action));
        } else {
            action.accept(toText(value));
        }
    }

    private static void emitTrimmed(String part, Consumer<String> action) {
        String trimmed = part.trim();
        if (!trimmed.isEmpty()) {
            action.accept(trimmed);
        }
    }

    private static void forEachElement(Object collectionOrArray, Consumer<Object> action) {
        if (collectionOrArray instanceof Collection<?> collection) {
            collection.forEach(action);
        } else {
            int length = Array.getLength(collectionOrArray);
            for (int i = 0; i < length; i++) {
                action.accept(Array.get(collectionOrArray, i));
            }
        }
    }
}
