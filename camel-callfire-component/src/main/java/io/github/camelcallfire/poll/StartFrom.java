package io.github.camelcallfire.poll;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Where a consumer without saved state begins: {@code NOW} (only items created from the start on),
 * {@code BEGINNING} (everything the find returns) or an instant, as epoch milliseconds or ISO-8601.
 */
public record StartFrom(Kind kind, long epochMillis) {

    public enum Kind {
        NOW, BEGINNING, INSTANT
    }

    public static StartFrom parse(String value) {
        String text = value == null ? "" : value.trim();
        switch (text.toUpperCase(Locale.ROOT)) {
            case "NOW":
                return new StartFrom(Kind.NOW, 0);
            case "BEGINNING":
                return new StartFrom(Kind.BEGINNING, 0);
            default:
                return new StartFrom(Kind.INSTANT, instant(text));
        }
    }

    private static long instant(String text) {
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text);
        }
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(text).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Option startFrom must be NOW, BEGINNING, epoch milliseconds or an "
                        + "ISO-8601 timestamp such as 2024-05-01T00:00:00Z, but was: " + text);
            }
        }
    }

    /** The earliest creation time to emit when starting at {@code now}. */
    public long floor(long now) {
        return switch (kind) {
            case NOW -> now;
            case BEGINNING -> 0;
            case INSTANT -> epochMillis;
        };
    }
}
