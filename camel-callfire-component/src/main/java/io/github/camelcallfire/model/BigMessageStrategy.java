package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a text broadcast does with messages over 160 characters; {@code SEND_MULTIPLE} is the API default. {@link
 * #UNKNOWN} stands for any value this version does not know yet.
 */
public enum BigMessageStrategy {
    SEND_MULTIPLE, DO_NOT_SEND, TRIM, MMS, UNKNOWN;

    @JsonCreator
    public static BigMessageStrategy fromValue(String value) {
        return LenientEnum.parse(BigMessageStrategy.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
