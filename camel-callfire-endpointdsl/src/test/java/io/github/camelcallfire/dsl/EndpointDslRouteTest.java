package io.github.camelcallfire.dsl;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.sandbox.messaging.TextAction;
import io.github.camelcallfire.sandbox.store.ActionStore;
import io.github.camelcallfire.send.SendSummary;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static io.github.camelcallfire.dsl.CallfireEndpointBuilderFactory.callfire;
import static org.assertj.core.api.Assertions.assertThat;

/** Java routes written with the Endpoint DSL, against the sandbox: a producer and a consumer. */
class EndpointDslRouteTest {

    private static final String OUR_NUMBER = "12135550100";

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private CamelContext context;

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void sendsTextsToTheNumbersTheBuilderSets() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:alert").to(callfire("texts/send").toNumber("12135551101,12135551102")
                        .fields("items(id)"));
            }
        });
        ProducerTemplate template = context.createProducerTemplate();

        Object reply = template.requestBody("direct:alert", "Disk 95% full on db-1");

        assertThat(reply).isInstanceOfSatisfying(SendSummary.class, summary -> assertThat(summary.getCreated())
                .isEqualTo(2));
        List<TextAction> texts = new ArrayList<>();
        sandbox().state().store(ActionStore.class).texts().range(false, null, null).forEach(texts::add);
        assertThat(texts).extracting(text -> text.header().toNumber())
                .containsExactlyInAnyOrder("12135551101", "12135551102");
        assertThat(texts).allSatisfy(text -> assertThat(text.message()).isEqualTo("Disk 95% full on db-1"));
    }

    @Test
    void consumesInboundTextsWithTheFiltersTheBuilderSets() throws Exception {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from(callfire("texts/find").inbound(true).toNumber(OUR_NUMBER).startFrom("BEGINNING").delay(100))
                        .to("mock:inbound");
            }
        });
        MockEndpoint inbound = context.getEndpoint("mock:inbound", MockEndpoint.class);
        inbound.expectedMessageCount(2);

        sandbox().injectInboundText("13105550001", OUR_NUMBER, "YES");
        sandbox().injectInboundText("13105550002", "12135550999", "to another number of ours");
        sandbox().injectInboundText("13105550003", OUR_NUMBER, "STOP");

        inbound.assertIsSatisfied(10_000);
        assertThat(inbound.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Text.class).getMessage())
                .containsExactly("YES", "STOP");
    }

    private void start(RouteBuilder routes) throws Exception {
        context = new DefaultCamelContext();
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setUsername(sandbox().username());
        component.getConfiguration().setPassword(sandbox().password());
        component.getConfiguration().setBaseUrl(sandbox().baseUrl());
        context.addComponent("callfire", component);
        context.addRoutes(routes);
        context.start();
    }

    private static CallfireSandbox sandbox() {
        return SANDBOX.sandbox();
    }
}
