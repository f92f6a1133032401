package io.github.camelcallfire.send;

import java.util.List;

/**
 * A chunk of a send went out, but no answer came back (timeout after the request was written, connection lost, a
 * 5xx): CallFire may or may not have sent those texts or calls. The producer never repeats such a chunk on its own,
 * because a recipient could get the message twice. The exception says which recipients were sent, which are
 * unknown and which were not sent; the exchange keeps the same for a redelivery, which fails at once with this
 * exception until it is resolved with {@link SendProgress#resolveUnknown}.
 */
public class SendOutcomeUnknownException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SendProgress progress;
    private final List<String> unknownRecipients;

    public SendOutcomeUnknownException(String uri, SendProgress progress, List<String> unknownRecipients,
                                       Throwable cause) {
        super(uri + ": the outcome of recipients " + range(progress.sent(), progress.unknown()) + " is unknown"
                + (cause == null ? "" : " (" + cause.getMessage() + ")") + "; recipients "
                + range(0, progress.sent()) + " were sent and " + range(progress.sent() + progress.unknown(),
                progress.notSent()) + " were not. Nothing is sent again on its own: find out whether the unknown "
                + "recipients got it (e.g. callfire:texts/find with their toNumber), call "
                + "SendProgress.resolveUnknown(exchange, true or false) and redeliver.", cause);
        this.progress = progress;
        this.unknownRecipients = List.copyOf(unknownRecipients);
    }

    private static String range(long from, long count) {
        return count == 0 ? "(none)" : count == 1 ? "#" + from : "#" + from + "-#" + (from + count - 1);
    }

    /** Where the send stands; its text form is also in the {@code CamelCallfireSendProgress} header. */
    public SendProgress getProgress() {
        return progress;
    }

    /** The recipients whose outcome is unknown, each as the JSON sent for it (at most one chunk: 1,000 or 10). */
    public List<String> getUnknownRecipients() {
        return unknownRecipients;
    }
}
