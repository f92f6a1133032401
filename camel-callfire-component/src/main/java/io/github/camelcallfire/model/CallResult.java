package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Outcome of a call: {@code LA} live answer, {@code AM} answering machine, {@code NO_ANS} no answer, {@code XFER}
 * transferred, ... {@link #UNKNOWN} stands for any value this version does not know yet.
 */
public enum CallResult {
    LA, AM, BUSY, DNC, XFER, NO_ANS, XFER_LEG, INTERNAL_ERROR, CARRIER_ERROR, CARRIER_TEMP_ERROR, UNDIALED, SD,
    POSTPONED, ABANDONED, SKIPPED, UNKNOWN;

    @JsonCreator
    public static CallResult fromValue(String value) {
        return LenientEnum.parse(CallResult.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
