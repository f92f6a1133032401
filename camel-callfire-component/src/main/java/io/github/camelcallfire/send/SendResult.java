package io.github.camelcallfire.send;

/** What texts/send and calls/send put into the message body once every recipient has gone out. */
public enum SendResult {
    /**
     * A {@link SendSummary} with counts only: constant memory for a list of any length. CallFire is asked for the ids
     * alone ({@code fields=items(id)}), so its answers stay small too.
     */
    SUMMARY,
    /** A {@link SendSummary} that also holds the id of every text or call created: 8 bytes per recipient. */
    IDS,
    /**
     * An {@code ItemList} of every {@code Text} or {@code Call} CallFire returned, as the operation table describes:
     * convenient for a few recipients, but it grows with the list (about 1 KB per recipient).
     */
    FULL
}
