package io.github.camelcallfire.example;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import static io.github.camelcallfire.example.ReminderRoutes.LOG;

/**
 * Step 2 of the story in the Java DSL; {@code routes/replies.yaml} is the same route in the YAML DSL. Each reply to
 * our number is answered by what it says: YES confirms, STOP opts out, anything else gets help.
 */
public class ReplyRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // polling: callfire:texts/find?inbound=true&toNumber=...; -Dexample.replies=webhooks: the InboundText
        // webhook (webhook:callfire:webhooks/events): see ReplySource. Either way the body is the reply's Text.
        from("{{example.repliesUri}}")
                .routeId("handle-replies")
                .setProperty(ReplyActions.REPLY, body())
                .setProperty(ReplyActions.OUTCOME, method("replies", "outcome"))
                .choice()
                    .when(exchangeProperty(ReplyActions.OUTCOME).isEqualTo(ReplyOutcome.CONFIRMED))
                        .bean("replies", "confirmation")
                        .to("callfire:texts/send?sendResult=FULL")
                        .log(LoggingLevel.INFO, LOG, "Reply from ${exchangeProperty.reply.fromNumber}: "
                                + "${exchangeProperty.reply.message} -> confirmed, sent: ${body.items[0].message}")
                    .when(exchangeProperty(ReplyActions.OUTCOME).isEqualTo(ReplyOutcome.OPTED_OUT))
                        .bean("replies", "optOut")
                        .to("callfire:dncs/add")
                        .log(LoggingLevel.INFO, LOG, "Reply from ${exchangeProperty.reply.fromNumber}: "
                                + "${exchangeProperty.reply.message} -> added to the do-not-contact list")
                    .otherwise()
                        .bean("replies", "help")
                        .to("callfire:texts/send?sendResult=FULL")
                        .log(LoggingLevel.INFO, LOG, "Reply from ${exchangeProperty.reply.fromNumber}: "
                                + "${exchangeProperty.reply.message} -> help sent: ${body.items[0].message}")
                .end()
                .bean("replies", "handled")
                .filter(method("story", "closeReplyWindowIfAllAnswered"))
                    .log(LoggingLevel.INFO, LOG, "Every reminded patient has answered")
                    .to("direct:announce");
    }
}
