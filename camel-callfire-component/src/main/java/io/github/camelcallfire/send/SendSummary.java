package io.github.camelcallfire.send;

import java.util.Arrays;

/**
 * The result of a send with {@code sendResult=SUMMARY} (the default) or {@code IDS}: how many recipients went out in
 * how many requests, and for {@code IDS} the ids CallFire gave the texts or calls, in the order of the recipients.
 */
public final class SendSummary {

    private final String operationId;
    private final long recipients;
    private final long requests;
    private final long created;
    private final long[] ids;

    public SendSummary(String operationId, long recipients, long requests, long created, long[] ids) {
        this.operationId = operationId;
        this.recipients = recipients;
        this.requests = requests;
        this.created = created;
        this.ids = ids;
    }

    /** The CallFire operationId, sendTexts or sendCalls. */
    public String getOperationId() {
        return operationId;
    }

    /** Recipients in the list; all of them have been accepted by CallFire. */
    public long getRecipients() {
        return recipients;
    }

    /**
     * POST requests that CallFire accepted for this list, across all deliveries of the exchange in this JVM (a
     * chunk retried after a 429 counts once).
     */
    public long getRequests() {
        return requests;
    }

    /**
     * Texts or calls CallFire returned for the chunks this JVM sent (one per recipient, including those CallFire
     * marks as duplicate, invalid or blocked). Less than {@link #getRecipients()} only when an earlier delivery in
     * another JVM sent part of the list (a replay from a persistent dead letter queue).
     */
    public long getCreated() {
        return created;
    }

    /** The ids of the created texts or calls with {@code sendResult=IDS}; null with {@code SUMMARY}. */
    public long[] getIds() {
        return ids == null ? null : ids.clone();
    }

    @Override
    public String toString() {
        return "SendSummary[" + operationId + ": recipients=" + recipients + ", requests=" + requests + ", created="
                + created + (ids == null ? "" : ", ids=" + (ids.length <= 10 ? Arrays.toString(ids)
                : ids.length + " ids")) + "]";
    }
}
