package io.github.camelcallfire.sandbox.numbers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.camelcallfire.sandbox.http.ApiError;

/**
 * What a keyword may be: 2 to 10 letters or digits, compared case-insensitively. Carrier-mandated words (STOP,
 * HELP, ...) can never be leased, and a few words stand for keywords other CallFire accounts hold on the shared
 * short code, so that "not available" can be tried out.
 */
public final class KeywordRules {

    public static final Set<String> RESERVED = Set.of("STOP", "HELP", "INFO", "CANCEL", "END", "QUIT",
            "UNSUBSCRIBE", "STOPALL", "START", "YES", "UNSTOP");
    public static final Set<String> HELD_BY_OTHER_ACCOUNTS = Set.of("CALLFIRE", "PIZZA", "VOTE");

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9]{2,10}");

    private KeywordRules() {
    }

    /** The keyword in its canonical (upper case) form; a malformed keyword is a 400. */
    public static String canonical(String keyword) {
        if (keyword == null || !VALID.matcher(keyword).matches()) {
            throw ApiError.badRequest("A keyword must be 2 to 10 letters or digits, got '" + keyword + "'");
        }
        return keyword.toUpperCase(Locale.ROOT);
    }

    /** Whether nobody but this account could ever hold the keyword (canonical form). */
    public static boolean leasable(String canonicalKeyword) {
        return !RESERVED.contains(canonicalKeyword) && !HELD_BY_OTHER_ACCOUNTS.contains(canonicalKeyword);
    }
}
