package io.github.camelcallfire.send;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.util.Objects;

/** How one recipient element is written and identified: a phone number with the list's message, or an object. */
final class RecipientJson {

    private final String message;
    private final String messageField;
    private final ObjectWriter writer;

    /**
     * @param message      what a plain number gets (null: the request's default applies)
     * @param messageField {@code message} for texts, {@code liveMessage} for calls
     */
    RecipientJson(String message, String messageField, ObjectWriter writer) {
        this.message = message;
        this.messageField = messageField;
        this.writer = writer;
    }

    void write(Object element, JsonGenerator generator) throws IOException {
        if (element instanceof CharSequence number) {
            generator.writeStartObject();
            generator.writeStringField("phoneNumber", number.toString());
            if (message != null) {
                generator.writeStringField(messageField, message);
            }
            generator.writeEndObject();
        } else {
            writer.writeValue(generator, element);
        }
    }

    /** The element's share of the list digest; {@code fields} is how an object element was checked. */
    int hash(Object element, Object fields) {
        return element instanceof CharSequence number ? 31 * number.toString().hashCode() + Objects.hashCode(message)
                : Objects.hashCode(fields);
    }
}
