package io.github.camelcallfire.sandbox.messaging;

import java.util.Locale;

/**
 * TextAutoReply: answers inbound texts to {@code number}. With a {@code keyword} and/or {@code match} only texts that
 * start with them (case-insensitive) are answered; without, every text is.
 */
public record AutoReply(long id, String number, String keyword, String match, String message) {

    public boolean answers(String toNumber, String text) {
        return number.equals(toNumber) && startsWith(text, keyword) && startsWith(text, match);
    }

    private static boolean startsWith(String text, String prefix) {
        return prefix == null || text.trim().toLowerCase(Locale.ROOT).startsWith(prefix.trim().toLowerCase(Locale.ROOT));
    }
}
