package io.github.camelcallfire.example;

import java.util.Locale;

/** What a patient's reply leads to; the reply routes branch on its name. */
public enum ReplyOutcome {
    /** "YES": the appointment is confirmed and the patient gets a confirmation. */
    CONFIRMED,
    /** "STOP": the number goes on the do-not-contact list and gets no more texts. */
    OPTED_OUT,
    /** Anything else: the patient gets a reply that explains the two keywords. */
    HELP;

    /** Keywords are matched as handsets send them: any case, surrounding spaces and punctuation ignored. */
    public static ReplyOutcome of(String message) {
        String keyword = message == null ? "" : message.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        return switch (keyword) {
            case "YES" -> CONFIRMED;
            case "STOP" -> OPTED_OUT;
            default -> HELP;
        };
    }
}
