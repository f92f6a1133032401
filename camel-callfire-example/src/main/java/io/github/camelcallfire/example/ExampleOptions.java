package io.github.camelcallfire.example;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The example's own switches, given as system properties ({@code -Dexample.keepRunning=true} on the mvn command line).
 *
 * @param workDir       folder holding {@code inbox/} (drop reminder CSVs there) and the consumer's watermark; null
 *                      picks a fresh temporary folder on the sandbox and {@code ./reminders} against CallFire
 * @param replyRoutes   which DSL flavour of the reply routing to load
 * @param keepRunning   keep polling after the story is complete instead of exiting
 * @param pollDelayMs   delay between two polls of the reply consumer and of the broadcast's progress
 * @param replyWindowMs how long after start the example waits for replies before it sends the announcement
 *                      broadcast anyway; on the sandbox every handset answers well before
 * @param replies       polling (default) or webhooks: how the reply routes learn about replies
 * @param webhookPort   with webhooks: the port platform-http listens on for CallFire's notifications
 * @param webhookUrl    with webhooks: the URL CallFire reaches that port at (public HTTPS against CallFire);
 *                      default http://localhost:webhookPort
 */
public record ExampleOptions(Path workDir, ReplyRouteFlavour replyRoutes, boolean keepRunning, long pollDelayMs,
                             long replyWindowMs, ReplySource replies, int webhookPort, String webhookUrl) {

    static final String PREFIX = "example.";

    public static ExampleOptions defaults() {
        return from(new Properties());
    }

    public static ExampleOptions from(Properties properties) {
        String workDir = properties.getProperty(PREFIX + "workDir");
        int webhookPort = port(properties.getProperty(PREFIX + "webhookPort", "8080"));
        return new ExampleOptions(workDir == null ? null : Path.of(workDir),
                ReplyRouteFlavour.parse(properties.getProperty(PREFIX + "replyRoutes", "yaml")),
                Boolean.parseBoolean(properties.getProperty(PREFIX + "keepRunning", "false")),
                positiveLong(properties, "pollDelayMs", "1000"),
                positiveLong(properties, "replyWindowMs", "600000"),
                ReplySource.parse(properties.getProperty(PREFIX + "replies", "polling")),
                webhookPort,
                properties.getProperty(PREFIX + "webhookUrl", "http://localhost:" + webhookPort));
    }

    public ExampleOptions withWorkDir(Path dir) {
        return new ExampleOptions(dir, replyRoutes, keepRunning, pollDelayMs, replyWindowMs, replies, webhookPort,
                webhookUrl);
    }

    public ExampleOptions withReplyRoutes(ReplyRouteFlavour flavour) {
        return new ExampleOptions(workDir, flavour, keepRunning, pollDelayMs, replyWindowMs, replies, webhookPort,
                webhookUrl);
    }

    public ExampleOptions withPollDelayMs(long delayMs) {
        return new ExampleOptions(workDir, replyRoutes, keepRunning, delayMs, replyWindowMs, replies, webhookPort,
                webhookUrl);
    }

    /** Replies from CallFire's InboundText webhook on {@code port} (reachable at {@code url}) instead of polling. */
    public ExampleOptions withWebhookReplies(int port, String url) {
        return new ExampleOptions(workDir, replyRoutes, keepRunning, pollDelayMs, replyWindowMs, ReplySource.WEBHOOKS,
                port, url);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(PREFIX + "webhookPort must be a port number (1-65535), but was '" + value
                + "'");
    }

    private static long positiveLong(Properties properties, String name, String defaultValue) {
        String value = properties.getProperty(PREFIX + name, defaultValue);
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw notPositive(name, value);
        }
        if (parsed <= 0) {
            throw notPositive(name, value);
        }
        return parsed;
    }

    private static IllegalArgumentException notPositive(String name, String value) {
        return new IllegalArgumentException(PREFIX + name + " must be a positive number of milliseconds, but was '"
                + value + "'");
    }
}
