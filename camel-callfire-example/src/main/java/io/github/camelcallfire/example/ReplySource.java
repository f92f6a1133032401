package io.github.camelcallfire.example;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the reply routes learn about replies: by polling CallFire for new inbound texts (the default), or from the
 * InboundText webhook CallFire posts to this application ({@code -Dexample.replies=webhooks}).
 */
public enum ReplySource {
    POLLING, WEBHOOKS;

    /** The path of platform-http that receives the webhook's notifications. */
    static final String WEBHOOK_PATH = "/callfire/replies";

    static ReplySource parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("example.replies must be one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT) + ", but was '" + value + "'", e);
        }
    }

    /**
     * The {@code from} URI of the reply routes (Java and YAML DSL alike, property {@code example.repliesUri}).
     * Polling finds the inbound texts to our number and keeps its watermark in {@code #replyState}; the webhook form
     * registers an InboundText webhook for the run (signed with a secret made for the run) and deletes it at the end.
     */
    String repliesUri() {
        return switch (this) {
            case POLLING -> "callfire:texts/find?inbound=true&toNumber={{example.number}}"
                    + "&delay={{example.pollDelayMs}}&stateRepository=#replyState";
            case WEBHOOKS -> "webhook:callfire:webhooks/events?resource=InboundText&events=Finished"
                    + "&webhookName=appointment-reminders&secret=RAW({{example.webhookSecret}})"
                    + "&webhookExternalUrl={{example.webhookUrl}}&webhookPath=" + WEBHOOK_PATH;
        };
    }
}
