package io.github.camelcallfire.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait it asks for in milliseconds (0 for a date in the past), empty when absent or unreadable. */
    static OptionalLong millis(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        String value = header.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return OptionalLong.of(Math.multiplyExact(Long.parseLong(value), 1000L));
            } catch (ArithmeticException | NumberFormatException tooLarge) {
                return OptionalLong.of(Long.MAX_VALUE);
            }
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            long millis = Duration.between(clock.instant(), at.toInstant()).toMillis();
            return OptionalLong.of(Math.max(0, millis));
        } catch (DateTimeParseException unreadable) {
            return OptionalLong.empty();
        }
    }
}
