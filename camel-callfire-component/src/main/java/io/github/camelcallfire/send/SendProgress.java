package io.github.camelcallfire.send;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.validation.InvalidRequestException;
import io.github.camelcallfire.validation.ValueQuote;

import org.apache.camel.Exchange;

import java.util.HashMap;
import java.util.Map;

/**
 * How far a chunked send got, kept in the exchange between its deliveries and copied to the
 * {@code CamelCallfireSendProgress} header for transports that keep only the message: the first {@code sent} recipients were accepted by CallFire, the {@code unknown} after them were in a
 * request whose outcome is unknown, the rest were not sent. {@code digest} identifies the list, so that the header of
 * one list is never applied to another.
 * <p>
 * {@code unknownSince} is when the unknown chunk went out (epoch milliseconds, by this machine's clock), to bound a
 * look-up of what CallFire made of it.
 * <p>
 * Its text form, e.g. {@code sendTexts;recipients=3000;sent=2000;unknown=1000;since=1764470400000;digest=6c1f93a0b2d4e5f7},
 * survives any
 * transport that keeps String headers (JMS, Kafka, a file dead letter queue).
 */
public record SendProgress(String operationId, long recipients, long sent, long unknown, long unknownSince,
                           String digest) {

    public SendProgress {
        if (sent < 0 || unknown < 0 || sent + unknown > recipients) {
            throw new IllegalArgumentException("sent (" + sent + ") and unknown (" + unknown + ") must not be negative"
                    + " and together not more than recipients (" + recipients + ")");
        }
    }

    static SendProgress start(String operationId, long recipients, String digest) {
        return new SendProgress(operationId, recipients, 0, 0, 0, digest);
    }

    SendProgress chunkSent(long count) {
        return new SendProgress(operationId, recipients, sent + count, 0, 0, digest);
    }

    /** The next {@code count} recipients went out at {@code at} (epoch milliseconds) without an answer yet. */
    SendProgress chunkUnknown(long count, long at) {
        return new SendProgress(operationId, recipients, sent, count, at, digest);
    }

    /**
     * The progress after you found that the recipients of the unknown chunk DID get their texts or calls (e.g. with
     * texts/find): a redelivery then continues after them.
     */
    public SendProgress unknownWereSent() {
        return new SendProgress(operationId, recipients, sent + unknown, 0, 0, digest);
    }

    /**
     * The progress after you found that the recipients of the unknown chunk did NOT get their texts or calls: a
     * redelivery then sends them again.
     */
    public SendProgress unknownWereNotSent() {
        return new SendProgress(operationId, recipients, sent, 0, 0, digest);
    }

    /**
     * Where the exchange's send stands: kept in the exchange while it lives (so it survives Camel's redeliveries,
     * which restore the message as it was before the failure, and {@code useOriginalMessage}), else read from the
     * {@code CamelCallfireSendProgress} header (a message replayed from a queue); null when neither has one.
     */
    public static SendProgress of(Exchange exchange) {
        SendState state = exchange.getProperty(ChunkedSend.STATE_PROPERTY, SendState.class);
        if (state != null) {
            return state.progress;
        }
        String header = exchange.getMessage().getHeader(CallfireConstants.SEND_PROGRESS, String.class);
        return header == null ? null : parse(header);
    }

    /**
     * Records what you found out about the recipients of the unknown chunk (e.g. with texts/find): {@code sent} true
     * when they got their texts or calls (a redelivery continues after them), false when not (a redelivery sends
     * them). Call it before the redelivery, e.g. in {@code onRedelivery}.
     *
     * @throws IllegalStateException when the exchange has no send whose outcome is unknown
     */
    public static void resolveUnknown(Exchange exchange, boolean sent) {
        SendProgress progress = of(exchange);
        if (progress == null || progress.unknown() == 0) {
            throw new IllegalStateException("The exchange has no send with recipients of unknown outcome to resolve"
                    + (progress == null ? "" : " (" + progress + ")"));
        }
        SendProgress resolved = sent ? progress.unknownWereSent() : progress.unknownWereNotSent();
        SendState state = exchange.getProperty(ChunkedSend.STATE_PROPERTY, SendState.class);
        if (state != null) {
            state.progress = resolved;
        }
        exchange.getMessage().setHeader(CallfireConstants.SEND_PROGRESS, resolved.toString());
    }

    /** Whether both describe the same list of the same operation. */
    boolean sameList(SendProgress other) {
        return operationId.equals(other.operationId) && recipients == other.recipients && digest.equals(other.digest);
    }

    /** Recipients neither sent nor unknown. */
    public long notSent() {
        return recipients - sent - unknown;
    }

    @Override
    public String toString() {
        return operationId + ";recipients=" + recipients + ";sent=" + sent + ";unknown=" + unknown
                + (unknown > 0 ? ";since=" + unknownSince : "") + ";digest=" + digest;
    }

    /**
     * Reads the text form.
     *
     * @throws InvalidRequestException when the text is not a progress this component wrote
     */
    public static SendProgress parse(String text) {
        String[] parts = text.trim().split(";");
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0) {
                fields.put(parts[i].substring(0, equals), parts[i].substring(equals + 1));
            }
        }
        try {
            return new SendProgress(parts[0], number(fields, "recipients"), number(fields, "sent"),
                    number(fields, "unknown"), fields.containsKey("since") ? number(fields, "since") : 0,
                    required(fields, "digest"));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(parts[0], "CamelCallfireSendProgress", "Header CamelCallfireSendProgress "
                    + ValueQuote.quote(text) + " is not a send progress (" + e.getMessage() + "); expected e.g. "
                    + "sendTexts;recipients=3000;sent=2000;unknown=0;digest=6c1f93a0b2d4e5f7 as a failed send left "
                    + "it. Remove the header to send the list from its start.");
        }
    }

    private static long number(Map<String, String> fields, String name) {
        return Long.parseLong(required(fields, name));
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }
}
