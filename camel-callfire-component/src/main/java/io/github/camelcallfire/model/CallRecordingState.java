package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Processing state of a call recording. {@link #UNKNOWN} stands for any value this version does not know yet. */
public enum CallRecordingState {
    RECORDING, READY, ERROR, UNKNOWN;

    @JsonCreator
    public static CallRecordingState fromValue(String value) {
        return LenientEnum.parse(CallRecordingState.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
