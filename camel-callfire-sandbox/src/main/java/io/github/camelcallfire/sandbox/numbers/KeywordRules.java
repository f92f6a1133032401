package io.github.camelcallfire.sandbox.numbers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.camelcallfire.sandbox.http.ApiError;

/**
 * What a keyword may be: one word of 2 to 64 letters, digits or underscores, compared case-insensitively. Live
 * CallFire offers {@code TESTAVAILABLE} (13 characters) in its catalog, leases {@code TEST_KEYWORD} and finds
 * {@code KW} available; what it refuses is not documented, so the sandbox draws the line at what cannot be the first
 * word of a text (spaces, punctuation) and at an absurd length. Carrier-mandated words (STOP, HELP, ...) can never be
 * leased, and a few words stand for keywords other CallFire accounts hold on the shared short code, so that
 * "not available" can be tried out.
 */
public final class KeywordRules {

    public static final Set<String> RESERVED = Set.of("STOP", "HELP", "INFO", "CANCEL", "END", "QUIT",
            "UNSUBSCRIBE", "STOPALL", "START", "YES", "UNSTOP");
    public static final Set<String> HELD_BY_OTHER_ACCOUNTS = Set.of("CALLFIRE", "PIZZA", "VOTE");

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]{2,64}");

    private KeywordRules() {
    }

    /** The keyword in its canonical (upper case) form; a malformed keyword is a 400. */
    public static String canonical(String keyword) {
        if (keyword == null || !VALID.matcher(keyword).matches()) {
            throw ApiError.badRequest("A keyword must be 2 to 64 letters, digits or underscores, got '" + keyword
                    + "'");
        }
        return keyword.toUpperCase(Locale.ROOT);
    }

    /** Whether nobody but this account could ever hold the keyword (canonical form). */
    public static boolean leasable(String canonicalKeyword) {
        return !RESERVED.contains(canonicalKeyword) && !HELD_BY_OTHER_ACCOUNTS.contains(canonicalKeyword);
    }
}
