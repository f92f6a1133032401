package io.github.camelcallfire.poll;

import io.github.camelcallfire.model.Action;
import io.github.camelcallfire.model.ActionState;

import java.util.EnumSet;
import java.util.Set;

/** Whether a text or call has reached a state it will not leave, i.e. its outcome is known. */
public final class FinalStates {

    private static final Set<ActionState> IN_PROGRESS = EnumSet.of(ActionState.READY, ActionState.SELECTED,
            ActionState.CALLBACK);

    private FinalStates() {
    }

    public static boolean isFinal(Object item) {
        if (item instanceof Action action) {
            return action.getState() != null && !IN_PROGRESS.contains(action.getState());
        }
        return true;
    }
}
