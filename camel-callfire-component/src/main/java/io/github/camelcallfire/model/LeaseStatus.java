package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Status of a number or keyword lease. {@link #UNKNOWN} stands for any value this version does not know yet. */
public enum LeaseStatus {
    PENDING, ACTIVE, RELEASED, UNAVAILABLE, UNKNOWN;

    @JsonCreator
    public static LeaseStatus fromValue(String value) {
        return LenientEnum.parse(LeaseStatus.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
