package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Coarse delivery outcome of a short-code text in a delivery report. {@link #UNKNOWN} stands for any value this
 * version does not know yet.
 */
public enum DeliveryCategory {
    NO_DATA, OPTED_OUT, BOUNCED, NO_CREDITS, DELIVERED, UNKNOWN;

    @JsonCreator
    public static DeliveryCategory fromValue(String value) {
        return LenientEnum.parse(DeliveryCategory.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
