package io.github.camelcallfire.sandbox.numbers;

import java.util.regex.Pattern;

import io.github.camelcallfire.sandbox.http.ApiError;

/**
 * The {@code pattern} of a toll-free search: digits with {@code *} for any digit, matched as a prefix. CallFire's
 * form is three characters on the national number ({@code 8**}, {@code 85*}); a pattern that starts with the
 * country code 1 and has four or more characters ({@code 1888}) is matched against the full 11-digit number.
 */
public final class TollFreePattern {

    private static final Pattern VALID = Pattern.compile("[0-9*]{1,11}");

    private final String pattern;
    private final boolean withCountryCode;

    private TollFreePattern(String pattern) {
        this.pattern = pattern;
        this.withCountryCode = pattern.length() >= 4 && pattern.startsWith("1");
    }

    public static TollFreePattern parse(String pattern) {
        if (!VALID.matcher(pattern).matches()) {
            throw ApiError.badRequest("'pattern' must be digits and '*' (any digit), e.g. 8** or 1888, got '"
                    + pattern + "'");
        }
        return new TollFreePattern(pattern);
    }

    public boolean matches(String number) {
        String subject = withCountryCode ? number : number.substring(1);
        if (subject.length() < pattern.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != '*' && p != subject.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
