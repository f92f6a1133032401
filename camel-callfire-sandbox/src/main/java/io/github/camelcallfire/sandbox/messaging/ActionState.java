package io.github.camelcallfire.sandbox.messaging;

import java.util.Arrays;
import java.util.List;

/** CallFire's ActionState. Only {@link #READY} ever changes; every other state is final here. */
public enum ActionState {
    READY, SELECTED, CALLBACK, FINISHED, DISABLED, SKIPPED, DNC, DUP, INVALID, TIMEOUT, PERIOD_LIMIT,
    RESTRICTED_NUMBER;

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
