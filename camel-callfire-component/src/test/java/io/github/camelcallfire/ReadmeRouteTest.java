package io.github.camelcallfire;

import io.github.camelcallfire.model.DoNotContact;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The route README.md shows, verbatim: it must keep working. */
class ReadmeRouteTest extends CallfireTestSupport {

    @Override
    protected void addRoutes(CamelContext camelContext) throws Exception {
        camelContext.getRegistry().bind("replyState", new MemoryStateRepository());
        camelContext.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // send: a String body and a number is a text
                from("direct:remind")
                    .setHeader("CamelCallfireToNumber", simple("${header.patientNumber}"))
                    .setBody(simple("Hi ${header.patientName}, see you tomorrow at 9:30. Reply YES to confirm."))
                    .to("callfire:texts/send");

                // receive: every new inbound text once, even across restarts
                from("callfire:texts/find?inbound=true&toNumber=12135550100&stateRepository=#replyState")
                    .log("${header.CamelCallfireItemFromNumber} answered: ${body.message}")
                    .filter(simple("${body.message} =~ 'STOP'"))
                        .setBody(simple("{\"numbers\": [\"${header.CamelCallfireItemFromNumber}\"]}"))
                        .to("callfire:dncs/add");
            }
        });
    }

    @Test
    void sendsTheReminderAndPutsAStopSenderOnTheDoNotContactList() {
        template.sendBodyAndHeaders("direct:remind", null,
                Map.of("patientNumber", "13105550111", "patientName", "Ada"));
        Page<?> sent = template.requestBody("callfire:texts/find?inbound=false&toNumber=13105550111", null, Page.class);
        assertThat(sent.getItems()).singleElement().isInstanceOfSatisfying(Text.class,
                text -> assertThat(text.getMessage()).startsWith("Hi Ada, see you tomorrow"));

        sandbox().injectInboundText("13105550111", "12135550100", "stop");

        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> assertThat(
                template.requestBody("callfire:dncs/get?number=13105550111", null, DoNotContact.class).getText())
                .isTrue());
    }
}
