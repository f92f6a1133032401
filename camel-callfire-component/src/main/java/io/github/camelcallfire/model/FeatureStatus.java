package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether calling or texting is available on a leased number. {@link #UNKNOWN} stands for any value this version
 * does not know yet.
 */
public enum FeatureStatus {
    UNSUPPORTED, PENDING, DISABLED, ENABLED, UNKNOWN;

    @JsonCreator
    public static FeatureStatus fromValue(String value) {
        return LenientEnum.parse(FeatureStatus.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
