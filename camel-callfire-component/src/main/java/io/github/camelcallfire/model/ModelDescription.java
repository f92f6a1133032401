package io.github.camelcallfire.model;

/**
 * Builds the {@code toString()} of the models, {@code Text{id=1, message=hi}}: only set fields, so log lines of
 * sparse API objects stay short, and secrets are masked so they never reach a log. Fields kept from a newer API
 * are listed by name, never by value.
 */
final class ModelDescription {

    private static final String MASK = "****";

    private final Object model;
    private final StringBuilder text;
    private boolean empty = true;

    ModelDescription(Object model) {
        this.model = model;
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
        // names only: a field this version does not know may hold a secret
        if (model instanceof CallfireModel known && !known.getUnknownFields().isEmpty()) {
            return text + (empty ? "" : ", ") + "unknownFields=" + known.getUnknownFields().keySet() + "}";
        }
        return text + "}";
    }
}
