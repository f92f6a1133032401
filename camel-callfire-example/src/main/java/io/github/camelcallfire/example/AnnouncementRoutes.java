package io.github.camelcallfire.example;

import io.github.camelcallfire.CallfireConstants;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import static io.github.camelcallfire.example.ReminderRoutes.LOG;

/**
 * Step 3 of the story: once the reply window closes, a text broadcast goes to every reminded patient; its progress is
 * polled until it has ended, then the summary is printed.
 */
public class AnnouncementRoutes extends RouteBuilder {

    private final long pollDelayMs;

    public AnnouncementRoutes(long pollDelayMs) {
        this.pollDelayMs = pollDelayMs;
    }

    @Override
    public void configure() {
        from("timer:reply-window?repeatCount=1&delay={{example.replyWindowMs}}")
                .routeId("reply-window-timeout")
                .filter(method("story", "closeReplyWindow"))
                    .log(LoggingLevel.INFO, LOG, "The reply window ({{example.replyWindowMs}} ms) has closed")
                    .to("direct:announce");

        from("direct:announce")
                .routeId("announce")
                .filter(method("announcement", "hasRecipients").isEqualTo(false))
                    .bean("story", "nothingToAnnounce")
                    .stop()
                .end()
                .bean("announcement", "broadcast")
                .to("callfire:broadcasts/create?start=true")
                .setHeader(CallfireConstants.ID, header(CallfireConstants.CREATED_ID))
                .log(LoggingLevel.INFO, LOG, "Announcement broadcast ${header.CamelCallfireId} created and started")
                .loopDoWhile(method("story", "broadcastInProgress"))
                    // end() because the Java DSL lets the steps after a delay continue its scope, not the loop's
                    .delay(pollDelayMs).end()
                    .to("callfire:broadcasts/get")
                    .setProperty(ReminderStory.BROADCAST_STATUS, simple("${body.status}"))
                    .to("callfire:broadcasts/stats")
                    .log(LoggingLevel.INFO, LOG, "Announcement broadcast ${header.CamelCallfireId} is "
                            + "${exchangeProperty." + ReminderStory.BROADCAST_STATUS + "}: ${body.remainingOutboundCount} of "
                            + "${body.totalOutboundCount} texts still to go")
                .end()
                .bean("story", "broadcastEnded");
    }
}
