package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Lifecycle state of a text or call action; {@code READY}, {@code SELECTED} and {@code CALLBACK} are not final
 * yet. {@link #UNKNOWN} stands for any value this version does not know yet.
 */
public enum ActionState {
    READY, SELECTED, CALLBACK, FINISHED, DISABLED, DNC, DUP, INVALID, TIMEOUT, PERIOD_LIMIT, SKIPPED,
    RESTRICTED_NUMBER, UNKNOWN;

    @JsonCreator
    public static ActionState fromValue(String value) {
        return LenientEnum.parse(ActionState.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
