package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Outcome of a text; {@code RECEIVED} marks an inbound text. {@link #UNKNOWN} stands for any value this version
 * does not know yet.
 */
public enum TextResult {
    SENT, RECEIVED, DNT, TOO_BIG, INTERNAL_ERROR, CARRIER_ERROR, CARRIER_TEMP_ERROR, UNDIALED, INVALID_NUMBER,
    UNKNOWN;

    @JsonCreator
    public static TextResult fromValue(String value) {
        return LenientEnum.parse(TextResult.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
