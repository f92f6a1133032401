package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a lease is part of the billing plan or an extra. {@link #UNKNOWN} stands for any value this version does
 * not know yet.
 */
public enum LeaseType {
    PLAN, EXTRA, UNKNOWN;

    @JsonCreator
    public static LeaseType fromValue(String value) {
        return LenientEnum.parse(LeaseType.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
