package io.github.camelcallfire.validation;

import java.util.regex.Pattern;

/** The shapes of single values CallFire accepts, with the reason when a value does not fit. */
final class TextRules {

    /** Ten or more digits would be a full number, five or six a short code; more than 15 is no phone number. */
    private static final int MIN_PHONE_DIGITS = 5;
    private static final int MAX_PHONE_DIGITS = 15;
    private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,18}");
    /* 18 digits always fit CallFire's int64 ids; a longer "id" is a phone number or garbage, not an id */
    private static final Pattern PLAIN_ID = Pattern.compile("[0-9]{1,18}");

    private TextRules() {
    }

    /** Why {@code value} is no CallFire phone number, or null when it is one. */
    static String phoneNumberProblem(String value) {
        if (isPhoneDigits(value)) {
            return null;
        }
        String found = value.startsWith("+") ? "a leading '+'"
                : value.chars().anyMatch(Character::isWhitespace) ? "spaces"
                : value.chars().anyMatch(Character::isLetter) ? "letters"
                : value.chars().allMatch(Character::isDigit) ? value.length() + " digits"
                : "characters other than digits";
        return "has " + found + "; CallFire takes phone numbers as digits only, without '+', spaces or dashes: "
                + "11 digits with the country code (e.g. 12135551100) or a 5-6 digit short code as sender";
    }

    /* a plain loop, not a regex: every recipient of a bulk send is checked, and a matcher per number showed up */
    private static boolean isPhoneDigits(String value) {
        return value.length() >= MIN_PHONE_DIGITS && value.length() <= MAX_PHONE_DIGITS && isPlainDigits(value);
    }

    /** Digits only, at least one: the shape of every CallFire id. */
    static boolean isPlainDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isWholeNumber(String value) {
        return DIGITS.matcher(value).matches();
    }

    /** Digits only: no sign, no spaces, no separators. */
    static boolean isPlainId(String value) {
        return PLAIN_ID.matcher(value).matches();
    }

    /** The first control character (CR, LF, TAB, NUL, ...) as a readable name, or null when there is none. */
    static String controlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                return switch (c) {
                    case '\r' -> "a carriage return (CR)";
                    case '\n' -> "a line feed (LF)";
                    case '\t' -> "a tab";
                    default -> String.format("the control character U+%04X", (int) c);
                };
            }
        }
        return null;
    }

    /** Why {@code value} cannot be one segment of a URL path, or null when it can. */
    static String pathSegmentProblem(String value) {
        if (value.isBlank()) {
            return "is empty";
        }
        if (value.contains("/") || value.contains("\\")) {
            return "contains a '/' or '\\', which would address another resource";
        }
        if (value.equals("..") || value.equals(".")) {
            return "is a relative path segment ('" + value + "')";
        }
        return null;
    }
}
