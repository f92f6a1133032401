package io.github.camelcallfire.model;

/**
 * Builds the {@code toString()} of the models, {@code Text{id=1, message=hi}}: only set fields, so log lines of
 * sparse API objects stay short, and secrets are masked so they never reach a log.
 */
final class ModelDescription {

    private static final String MASK = "****";

    private final StringBuilder text;
    private boolean empty = true;

    ModelDescription(Object model) {
        text = new StringBuilder(model.getClass().getSimpleName()).append('{');
    }

    ModelDescription add(String name, Object value) {
        if (value != null) {
            if (!empty) {
                text.append(", ");
            }
            text.append(name).append('=').append(value);
            empty = false;
        }
        return this;
    }

    ModelDescription addSecret(String name, Object value) {
        return add(name, value == null ? null : MASK);
    }

    @Override
    public String toString() {
        return text + "}";
    }
}
