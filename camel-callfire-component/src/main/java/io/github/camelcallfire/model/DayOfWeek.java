package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Day of a schedule; a lenient twin of {@link java.time.DayOfWeek} with a conversion to it. {@link #UNKNOWN}
 * stands for any value this version does not know yet.
 */
public enum DayOfWeek {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY, UNKNOWN;

    @JsonCreator
    public static DayOfWeek fromValue(String value) {
        return LenientEnum.parse(DayOfWeek.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }

    public static DayOfWeek of(java.time.DayOfWeek day) {
        return valueOf(day.name());
    }

    /** @throws IllegalStateException for {@link #UNKNOWN}, which has no calendar day */
    public java.time.DayOfWeek toJavaTime() {
        if (this == UNKNOWN) {
            throw new IllegalStateException("UNKNOWN is not a day of the week");
        }
        return java.time.DayOfWeek.valueOf(name());
    }
}
