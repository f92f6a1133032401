package io.github.camelcallfire.kamelets;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.control.Recording;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.sandbox.messaging.CallAction;
import io.github.camelcallfire.sandbox.messaging.TextAction;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.send.SendSummary;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The callfire-sink Kamelet from a Java route, against the sandbox. */
class KameletSinkTest {

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
    void sendsTheBodyAsATextToTheNumberOfTheProperties() throws Exception {
        ProducerTemplate template = start("kamelet:callfire-sink?" + credentials() + "&toNumber=12135550100");

        Object reply = template.requestBody("direct:in", "Server web-1 is down");

        assertThat(outboundTexts()).singleElement().satisfies(text -> {
            assertThat(text.header().toNumber()).isEqualTo("12135550100");
            assertThat(text.message()).isEqualTo("Server web-1 is down");
        });
        assertThat(reply).isInstanceOf(SendSummary.class);
        assertThat(outboundCalls()).isEmpty();
    }

    @Test
    void headersOverrideTheRecipientAndTheMessage() throws Exception {
        ProducerTemplate template = start("kamelet:callfire-sink?" + credentials()
                + "&toNumber=12135550100&message=fixed text");

        template.sendBody("direct:in", "ignored body");
        template.sendBodyAndHeaders("direct:in", "ignored body",
                Map.of("to-number", "12135550101,12135550102", "message", "from the header"));
        template.sendBodyAndHeaders("direct:in", "ignored body",
                Map.of("ce-tonumber", "12135550103", "ce-message", "from the cloud event"));

        assertThat(outboundTexts()).extracting(t -> t.header().toNumber() + ": " + t.message())
                .containsExactlyInAnyOrder(
                        "12135550100: fixed text",
                        "12135550101: from the header",
                        "12135550102: from the header",
                        "12135550103: from the cloud event");
    }

    @Test
    void bodiesOtherThanStringsAreSentAsTheirText() throws Exception {
        ProducerTemplate template = start("kamelet:callfire-sink?" + credentials() + "&toNumber=12135550100");

        template.sendBody("direct:in", "disk full".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        template.sendBody("direct:in", new java.io.ByteArrayInputStream(
                "12135550199,12135550198".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        // the stream is a message, not a list of recipients
        assertThat(outboundTexts()).extracting(t -> t.header().toNumber() + ": " + t.message())
                .containsExactlyInAnyOrder("12135550100: disk full", "12135550100: 12135550199,12135550198");
    }

    @Test
    void callModePlacesACallThatReadsTheMessage() throws Exception {
        Recording posts = sandbox().record("POST", ".*/calls");
        ProducerTemplate template = start("kamelet:callfire-sink?" + credentials() + "&mode=call&toNumber=12135550100");

        template.sendBody("direct:in", "Your order has shipped");

        assertThat(outboundCalls()).singleElement()
                .satisfies(call -> assertThat(call.header().toNumber()).isEqualTo("12135550100"));
        assertThat(outboundTexts()).isEmpty();
        assertThat(posts.bodies()).singleElement().satisfies(body ->
                assertThat(body.toString()).contains("Your order has shipped").contains("12135550100"));
    }

    @Test
    void aMissingRequiredPropertyFailsTheRouteStartNamingIt() {
        assertThatThrownBy(() -> start("kamelet:callfire-sink?username=" + sandbox().username()
                + "&baseUrl=" + sandbox().baseUrl() + "&toNumber=12135550100"))
                .hasStackTraceContaining("password");
    }

    @Test
    void aModeOtherThanTextOrCallFailsTheRouteStartNamingTheProperty() {
        assertThatThrownBy(() -> start("kamelet:callfire-sink?" + credentials() + "&toNumber=12135550100&mode=fax"))
                .hasStackTraceContaining("callfire-sink: the property mode must be text (an SMS) or call (a voice call "
                        + "that reads out the message), but was 'fax'");
    }

    @Test
    void aBaseUrlThatIsNotAnHttpUrlFailsTheRouteStart() {
        assertThatThrownBy(() -> start("kamelet:callfire-sink?username=u&password=p&baseUrl=api.callfire.com"))
                .hasStackTraceContaining("baseUrl must be an absolute http(s) URL, but was: api.callfire.com");
    }

    @Test
    void refusedCredentialsFailTheExchangeAndSendNothing() throws Exception {
        ProducerTemplate template = start("kamelet:callfire-sink?username=" + sandbox().username()
                + "&password=wrong&baseUrl=" + sandbox().baseUrl() + "&toNumber=12135550100");

        assertThatThrownBy(() -> template.requestBody("direct:in", "hello"))
                .hasCauseInstanceOf(CallfireApiException.class)
                .cause().satisfies(e -> assertThat(((CallfireApiException) e).getHttpStatus()).isEqualTo(401));
        assertThat(outboundTexts()).isEmpty();
    }

    private ProducerTemplate start(String sinkUri) throws Exception {
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to(sinkUri);
            }
        });
        context.start();
        return context.createProducerTemplate();
    }

    private static String credentials() {
        return "username=" + sandbox().username() + "&password=RAW(" + sandbox().password() + ")&baseUrl="
                + sandbox().baseUrl();
    }

    private static CallfireSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    private static List<TextAction> outboundTexts() {
        return SandboxActions.outboundTexts(sandbox());
    }

    private static List<CallAction> outboundCalls() {
        return SandboxActions.outboundCalls(sandbox());
    }
}
