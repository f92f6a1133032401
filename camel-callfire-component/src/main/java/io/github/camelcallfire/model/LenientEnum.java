package io.github.camelcallfire.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses CallFire enum strings without failing: the API adds values over time (the official client broke on
 * {@code SKIPPED}), so a value this version does not know maps to the enum's {@code UNKNOWN} constant.
 */
final class LenientEnum {

    private static final String UNKNOWN = "UNKNOWN";

    /* Every text and call of every answer carries enums: look them up in a map built once per type. */
    private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
            }
            return byName;
        }
    };

    private LenientEnum() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        Map<String, Enum<?>> byName = BY_NAME.get(type);
        Enum<?> exact = byName.get(value);
        // CallFire docs spell some values in lower case; the wire form is upper case
        Enum<?> found = exact != null ? exact : byName.get(value.trim().toUpperCase(Locale.ROOT));
        return type.cast(found != null ? found : byName.get(UNKNOWN));
    }
}
