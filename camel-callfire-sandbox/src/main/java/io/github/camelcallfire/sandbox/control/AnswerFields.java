package io.github.camelcallfire.sandbox.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One rule of {@code POST /sandbox/answer-fields}: successful JSON answers to the requests it matches ({@code path}
 * regex over the full path such as {@code /v2/contacts/12}, optional {@code method}) get its {@code fields} — added,
 * or replacing fields of the same name. A list or page answer ({@code items} array) gets them in each item. This is
 * how a test makes the sandbox answer like a newer CallFire: fields no client knows yet, {@code ""} or new enum
 * values.
 */
public final class AnswerFields extends RequestRule {

    private ObjectNode fields;

    void validate(long assignedId) {
        assign(assignedId);
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("'fields' is required: a JSON object of the fields to add");
        }
    }

    /** Adds the fields to an answer object, or to each object item of its {@code items} array. */
    void applyTo(JsonNode answer) {
        if (!(answer instanceof ObjectNode object)) {
            return;
        }
        JsonNode items = object.get("items");
        if (items != null && items.isArray()) {
            items.forEach(item -> {
                if (item instanceof ObjectNode itemObject) {
                    itemObject.setAll(fields.deepCopy());
                }
            });
        } else {
            object.setAll(fields.deepCopy());
        }
    }

    public ObjectNode getFields() {
        return fields;
    }

    public void setFields(ObjectNode fields) {
        this.fields = fields;
    }
}
