package io.github.camelcallfire.sandbox.control;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * When a fault rule acts. {@code BEFORE} the request is handled, so nothing is done; {@code AFTER} it was handled
 * successfully, so the work is done but the client does not get the real answer. In JSON {@code "before"} and
 * {@code "after"}.
 */
public enum FaultPhase {
    BEFORE,
    AFTER;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Exact JSON names only: a typo must not silently become the default phase. */
    @JsonCreator
    static FaultPhase fromJson(String name) {
        for (FaultPhase phase : values()) {
            if (phase.jsonName().equals(name)) {
                return phase;
            }
        }
        throw new IllegalArgumentException("'phase' must be \"before\" or \"after\", got \"" + name + "\"");
    }
}
