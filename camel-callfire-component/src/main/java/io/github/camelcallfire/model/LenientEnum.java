package io.github.camelcallfire.model;

import java.util.Locale;

/**
 * Parses CallFire enum strings without failing: the API adds values over time (the official client broke on
 * {@code SKIPPED}), so a value this version does not know maps to the enum's {@code UNKNOWN} constant.
 */
final class LenientEnum {

    private static final String UNKNOWN = "UNKNOWN";

    private LenientEnum() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        // CallFire docs spell some values in lower case; the wire form is upper case
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        return Enum.valueOf(type, UNKNOWN);
    }
}
