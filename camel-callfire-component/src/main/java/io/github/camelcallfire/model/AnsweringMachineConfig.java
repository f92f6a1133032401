package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a call broadcast treats answering machines; {@code AM_AND_LIVE} is the API default. {@link #UNKNOWN} stands
 * for any value this version does not know yet.
 */
public enum AnsweringMachineConfig {
    AM_ONLY, AM_AND_LIVE, LIVE_WITH_AMD, LIVE_IMMEDIATE, UNKNOWN;

    @JsonCreator
    public static AnsweringMachineConfig fromValue(String value) {
        return LenientEnum.parse(AnsweringMachineConfig.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
