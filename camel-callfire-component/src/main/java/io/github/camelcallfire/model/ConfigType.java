package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which inbound configuration of a leased number is active. {@link #UNKNOWN} stands for any value this version
 * does not know yet.
 */
public enum ConfigType {
    IVR, TRACKING, UNKNOWN;

    @JsonCreator
    public static ConfigType fromValue(String value) {
        return LenientEnum.parse(ConfigType.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
