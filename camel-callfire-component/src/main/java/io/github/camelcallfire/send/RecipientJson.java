package io.github.camelcallfire.send;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.util.Objects;

/** How one recipient element is written and identified: a phone number with the list's message, or an object. */
final class RecipientJson {

    /* field names with their quoted UTF-8 form computed once, not per recipient */
    private static final SerializedString PHONE_NUMBER = new SerializedString("phoneNumber");

    private final String message;
    private final SerializedString messageField;
    private final ObjectWriter writer;

    /**
     * @param message      what a plain number gets (null: the request's default applies)
     * @param messageField {@code message} for texts, {@code liveMessage} for calls
     */
    RecipientJson(String message, String messageField, ObjectWriter writer) {
        this.message = message;
        this.messageField = new SerializedString(messageField);
        this.writer = writer;
    }

    void write(Object element, JsonGenerator generator) throws IOException {
        if (element instanceof CharSequence number) {
            generator.writeStartObject();
            generator.writeFieldName(PHONE_NUMBER);
            generator.writeString(number.toString());
            if (message != null) {
                generator.writeFieldName(messageField);
                generator.writeString(message);
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
