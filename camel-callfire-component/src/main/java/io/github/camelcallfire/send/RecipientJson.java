package io.github.camelcallfire.send;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How one recipient element is written and identified: a phone number with the list's message, or an object. Not
 * thread-safe: one per send.
 */
final class RecipientJson {

    private static final char[] NUMBER_PREFIX = "{\"phoneNumber\":\"".toCharArray();
    private static final byte[] NUMBER_PREFIX_BYTES = "{\"phoneNumber\":\"".getBytes(StandardCharsets.US_ASCII);

    private final String message;
    private final String messageField;
    private final ObjectWriter writer;
    /* what follows every number: the list's message, escaped once per send */
    private char[] numberSuffix;
    private byte[] numberSuffixBytes;
    private char[] buffer;

    /**
     * @param message      what a plain number gets (null: the request's default applies)
     * @param messageField {@code message} for texts, {@code liveMessage} for calls
     */
    RecipientJson(String message, String messageField, ObjectWriter writer) {
        this.message = message;
        this.messageField = messageField;
        this.writer = writer;
    }

    /**
     * Writes the element; a number has passed {@link io.github.camelcallfire.validation.RecipientRules} before (digits
     * only), so it goes out as it is, without escaping.
     */
    void write(Object element, JsonGenerator generator) throws IOException {
        if (element instanceof CharSequence number) {
            if (numberSuffix == null) {
                numberSuffix = suffixText().toCharArray();
            }
            int length = NUMBER_PREFIX.length + number.length() + numberSuffix.length;
            if (buffer == null || buffer.length < length) {
                buffer = new char[length + 8];
            }
            System.arraycopy(NUMBER_PREFIX, 0, buffer, 0, NUMBER_PREFIX.length);
            number.toString().getChars(0, number.length(), buffer, NUMBER_PREFIX.length);
            System.arraycopy(numberSuffix, 0, buffer, NUMBER_PREFIX.length + number.length(), numberSuffix.length);
            generator.writeRawValue(buffer, 0, length);
        } else {
            writer.writeValue(generator, element);
        }
    }

    /* what follows a number up to the end of its object: the list's message, escaped once */
    private String suffixText() {
        return message == null ? "\"}" : "\",\"" + messageField + "\":\""
                + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"}";
    }

    private byte[] numberSuffix() {
        if (numberSuffixBytes == null) {
            numberSuffixBytes = suffixText().getBytes(StandardCharsets.UTF_8);
        }
        return numberSuffixBytes;
    }

    /**
     * Writes a plain number's recipient object straight into a request body: the bytes {@link #write} writes for it
     * through a generator, without one (the number passed the checks, so it is digits only).
     */
    void writeNumber(CharSequence number, ChunkBuffer out) {
        out.append(NUMBER_PREFIX_BYTES);
        out.appendAscii(number);
        out.append(numberSuffix());
    }

    /** The element's share of the list digest; {@code fields} is how an object element was checked. */
    int hash(Object element, Object fields) {
        return element instanceof CharSequence number ? 31 * number.toString().hashCode() + Objects.hashCode(message)
                : Objects.hashCode(fields);
    }
}
