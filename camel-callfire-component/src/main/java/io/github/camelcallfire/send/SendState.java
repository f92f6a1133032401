package io.github.camelcallfire.send;

/**
 * What one exchange's send keeps between its deliveries, as the exchange property
 * {@link ChunkedSend#STATE_PROPERTY}: the checked recipients (a spool must not be rebuilt from a one-shot body that is
 * used up), the results of the chunks sent so far and the progress. It lives as long as the exchange.
 */
final class SendState {

    /** The message body the recipients were read from: a redelivery brings the same object back. */
    final Object body;
    final PreparedRecipients recipients;
    final SendResults results;
    final ProgressStore store;
    SendProgress progress;
    /** Whether the message may hold a {@code CamelCallfireSendProgress} header that the send must remove at its end. */
    boolean progressHeader;

    SendState(Object body, PreparedRecipients recipients, SendResults results, SendProgress progress,
              ProgressStore store) {
        this.store = store;
        this.body = body;
        this.recipients = recipients;
        this.results = results;
        this.progress = progress;
    }

    @Override
    public String toString() {
        return "SendState[" + progress + "]";
    }
}
