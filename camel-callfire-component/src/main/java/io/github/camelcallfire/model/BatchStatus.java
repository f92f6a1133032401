package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Validation status of a broadcast batch. {@link #UNKNOWN} stands for any value this version does not know yet. */
public enum BatchStatus {
    NEW, VALIDATING, ERRORS, SOURCE_ERROR, ACTIVE, UNKNOWN;

    @JsonCreator
    public static BatchStatus fromValue(String value) {
        return LenientEnum.parse(BatchStatus.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
