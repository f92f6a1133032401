package io.github.camelcallfire.webhook;

import io.github.camelcallfire.CallfireComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrong webhook options fail when the route starts, naming the option and the fix. */
class WebhookOptionsTest {

    @Test
    void anUnknownResourceListsTheValidOnes() {
        assertThat(startFailure("webhook:callfire:webhooks/events?resource=InboundSms"))
                .contains("Option resource", "'InboundSms'", "InboundText", "TextBroadcast", "ContactList");
    }

    @Test
    void anEventTheResourceDoesNotSupportListsItsEvents() {
        assertThat(startFailure("webhook:callfire:webhooks/events?resource=InboundText&events=Started,Finished"))
                .contains("Option events", "Started", "InboundText", "supports: Finished");
    }

    @Test
    void eventsWithoutResourceAskForTheResource() {
        assertThat(startFailure("callfire:webhooks/events?webhookPath=/x&events=Finished"))
                .contains("Option events", "needs the option resource");
    }

    @Test
    void registeringNeedsAResource() {
        assertThat(startFailure("webhook:callfire:webhooks/events?secret=abc"))
                .contains("needs the option resource", "webhookAutoRegister=false");
    }

    @Test
    void theDirectConsumerNeedsAPath() {
        assertThat(startFailure("callfire:webhooks/events?secret=abc"))
                .contains("needs the option webhookPath", "webhook:callfire:webhooks/events");
    }

    @Test
    void onlyWebhooksEventsWorksWithTheWebhookComponent() {
        assertThat(startFailure("webhook:callfire:texts/find")).contains("webhook:callfire:texts/find",
                "webhook:callfire:webhooks/events");
    }

    @Test
    void webhookOptionsDoNotApplyToOperations() {
        assertThat(startFailure("callfire:texts/find?secret=abc"))
                .contains("secret", "callfire:webhooks/events only", "callfire:texts/find");
    }

    @Test
    void operationOptionsDoNotApplyToWebhookEvents() {
        assertThat(startFailure("callfire:webhooks/events?webhookPath=/x&toNumber=12135551234"))
                .contains("toNumber", "do not apply to callfire:webhooks/events", "Valid options: resource, events");
    }

    @Test
    void aCallbackCallfireCannotReachIsNotRegistered() throws Exception {
        try (CamelContext context = context()) {
            context.getRestConfiguration().setHost("0.0.0.0"); // Camel binds, and would call back, every address
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("webhook:callfire:webhooks/events?resource=InboundText&secret=abc").to("log:never");
                }
            });
            assertThatThrownBy(context::start).hasStackTraceContaining("which CallFire cannot reach")
                    .hasStackTraceContaining("webhookExternalUrl=https://");
        }
    }

    @Test
    void webhookEventsIsNoProducer() throws Exception {
        try (CamelContext context = context()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").to("callfire:webhooks/events?webhookPath=/x");
                }
            });
            assertThatThrownBy(context::start).hasStackTraceContaining("is a consumer only");
        }
    }

    private static String startFailure(String uri) {
        try (CamelContext context = context()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).to("log:never");
                }
            });
            context.start();
        } catch (Exception e) {
            StringBuilder messages = new StringBuilder();
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                messages.append(cause.getMessage()).append('\n');
            }
            return messages.toString();
        }
        throw new AssertionError(uri + " started");
    }

    private static CamelContext context() {
        CamelContext context = new DefaultCamelContext();
        CallfireComponent callfire = new CallfireComponent();
        callfire.getConfiguration().setBaseUrl("http://127.0.0.1:9/v2");
        callfire.getConfiguration().setUsername("user");
        callfire.getConfiguration().setPassword("password");
        context.addComponent("callfire", callfire);
        context.getRestConfiguration().setHost("localhost");
        context.getRestConfiguration().setPort(1);
        return context;
    }
}
