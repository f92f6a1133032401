package io.github.camelcallfire.validation;

/**
 * A bad value as error messages show it: quoted, with line breaks made visible, and cut after {@link #MAX_CHARS}
 * characters, so that a whole document passed by mistake does not end up in logs and dead letter queues.
 */
public final class ValueQuote {

    /** The longest part of a value an error message repeats. */
    public static final int MAX_CHARS = 100;

    private ValueQuote() {
    }

    /** {@code 'value'}, or {@code 'first 100 characters…' (123456 characters)} for longer values. */
    public static String quote(Object value) {
        String text = String.valueOf(value);
        String shown = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "…";
        shown = shown.replace("\r", "\\r").replace("\n", "\\n");
        return "'" + shown + "'" + (text.length() > MAX_CHARS ? " (" + text.length() + " characters)" : "");
    }
}
