package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Status of a number or keyword order. {@link #UNKNOWN} stands for any value this version does not know yet. */
public enum NumberOrderStatus {
    NEW, PROCESSING, FINISHED, ERRORED, VOID, WAIT_FOR_PAYMENT, PAYMENT_ERROR, PARTIALLY_ADJUSTED, ADJUSTED,
    APPROVE_TIER_ONE, APPROVE_TIER_TWO, REJECTED, UNKNOWN;

    @JsonCreator
    public static NumberOrderStatus fromValue(String value) {
        return LenientEnum.parse(NumberOrderStatus.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
