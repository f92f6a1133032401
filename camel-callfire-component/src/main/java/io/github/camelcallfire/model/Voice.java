package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Text-to-speech voice. {@link #UNKNOWN} stands for any value this version does not know yet. */
public enum Voice {
    MALE1, FEMALE1, FEMALE2, SPANISH1, FRENCHCANADIAN1, UNKNOWN;

    @JsonCreator
    public static Voice fromValue(String value) {
        return LenientEnum.parse(Voice.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
