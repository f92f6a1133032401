package io.github.camelcallfire;

import io.github.camelcallfire.model.BroadcastType;
import io.github.camelcallfire.model.CallBroadcast;
import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.model.TextBroadcast;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationExecutor;
import io.github.camelcallfire.send.SendResult;
import io.github.camelcallfire.validation.InvalidRequestException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the component turns a {@code callfire:} URI into an endpoint: the URI's shape, the binding of operation options
 * and connection options, the copy of the component's configuration, the checks at route start that name what is
 * wrong, and what the endpoint tells Camel about itself. Each test names the regression it guards.
 */
class EndpointSetupTest extends CallfireTestSupport {

    /** Guards the URI shape check of {@code CallfireComponent.createEndpoint} (each of its three conditions). */
    @ParameterizedTest
    @ValueSource(strings = { "callfire:texts", "callfire:texts/", "callfire:/send", "callfire:texts/send/now" })
    void refusesAUriThatIsNotApiSlashMethod(String uri) {
        assertThat(endpointFailure(context, uri))
                .startsWith("Invalid URI callfire:")
                .contains("expected callfire:apiName/methodName, e.g. callfire:texts/send");
    }

    /** Guards {@code joinRepeatedOptions}: Camel collects a repeated key into a List, which must not be sent as "[A, B]". */
    @Test
    void aRepeatedOptionBecomesItsCommaSeparatedValues() {
        CallfireEndpoint endpoint = context.getEndpoint("callfire:texts/find?id=11&id=12&label=a", CallfireEndpoint.class);

        assertThat(endpoint.getParameters().getId()).isEqualTo("11,12");
        assertThat(endpoint.getParameters().getLabel()).isEqualTo("a");
    }

    /** Guards the binding of the operation's options before the endpoint's own (PropertyBindingSupport in createEndpoint). */
    @Test
    void operationOptionsAndEndpointOptionsBothReachTheEndpoint() {
        CallfireEndpoint endpoint = context.getEndpoint("callfire:texts/find?limit=7&toNumber=12135550100"
                + "&autoPaginate=true", CallfireEndpoint.class);

        assertThat(endpoint.getParameters().value("limit")).isEqualTo(7L);
        assertThat(endpoint.getParameters().value("toNumber")).isEqualTo("12135550100");
        assertThat(endpoint.isAutoPaginate()).isTrue();
        assertThat(endpoint.getApiName()).isEqualTo("texts");
        assertThat(endpoint.getMethodName()).isEqualTo("find");
        assertThat(endpoint.getOperation()).isEqualTo(CallfireOperation.FIND_TEXTS);
    }

    /**
     * Guards {@code CallfireConfiguration.copy()} and the component's {@code setConfiguration}: a configuration bean is
     * copied into each endpoint, so an endpoint's own option changes neither the bean nor another endpoint.
     */
    @Test
    void theComponentsConfigurationBeanIsCopiedIntoEachEndpoint() {
        CallfireConfiguration shared = new CallfireConfiguration();
        shared.setBaseUrl(sandbox().baseUrl());
        shared.setUsername(sandbox().username());
        shared.setPassword(sandbox().password());
        shared.setMaxRetries(1);
        CallfireComponent component = context.getComponent("callfire", CallfireComponent.class);
        component.setConfiguration(shared);

        CallfireEndpoint own = context.getEndpoint("callfire:account/get?maxRetries=5&username=other",
                CallfireEndpoint.class);
        CallfireEndpoint plain = context.getEndpoint("callfire:account/get?fields=id", CallfireEndpoint.class);

        assertThat(component.getConfiguration()).isSameAs(shared);
        assertThat(own.getConfiguration()).isNotSameAs(shared);
        assertThat(own.getConfiguration().getMaxRetries()).isEqualTo(5);
        assertThat(own.getConfiguration().getUsername()).isEqualTo("other");
        assertThat(plain.getConfiguration()).isNotSameAs(shared).isNotSameAs(own.getConfiguration());
        assertThat(plain.getConfiguration().getMaxRetries()).isEqualTo(1);
        assertThat(plain.getConfiguration().getUsername()).isEqualTo(sandbox().username());
        assertThat(shared.getMaxRetries()).isEqualTo(1);
        assertThat(shared.getUsername()).isEqualTo(sandbox().username());
        assertThat(template.requestBody("callfire:account/get?fields=id", (Object) null)).isNotNull();
    }

    /** Guards every getter and setter of {@code CallfireConfiguration}: each connection option of the URI is kept. */
    @Test
    void everyConnectionOptionOfTheUriIsKeptByTheEndpoint() {
        SSLContextParameters tls = new SSLContextParameters();
        context.getRegistry().bind("tls", tls);

        CallfireConfiguration configuration = context.getEndpoint("callfire:account/get?username=u1&password=p1"
                + "&baseUrl=http://127.0.0.1:1/v2&connectTimeout=1001&responseTimeout=1002"
                + "&connectionRequestTimeout=1003&maxConnections=4&maxRetries=2&retryInitialDelay=11"
                + "&retryMaxDelay=12&maxRetryAfter=13&rateLimit=2.5&trustAllCertificates=true&proxyHost=proxy.test"
                + "&proxyPort=3128&proxyUsername=pu&proxyPassword=pp",
                CallfireEndpoint.class).getConfiguration();

        assertThat(configuration.getUsername()).isEqualTo("u1");
        assertThat(configuration.getPassword()).isEqualTo("p1");
        assertThat(configuration.getBaseUrl()).isEqualTo("http://127.0.0.1:1/v2");
        assertThat(configuration.getConnectTimeout()).isEqualTo(1001);
        assertThat(configuration.getResponseTimeout()).isEqualTo(1002);
        assertThat(configuration.getConnectionRequestTimeout()).isEqualTo(1003);
        assertThat(configuration.getMaxConnections()).isEqualTo(4);
        assertThat(configuration.getMaxRetries()).isEqualTo(2);
        assertThat(configuration.getRetryInitialDelay()).isEqualTo(11);
        assertThat(configuration.getRetryMaxDelay()).isEqualTo(12);
        assertThat(configuration.getMaxRetryAfter()).isEqualTo(13);
        assertThat(configuration.getRateLimit()).isEqualTo(2.5);
        assertThat(configuration.isTrustAllCertificates()).isTrue();
        assertThat(configuration.getProxyHost()).isEqualTo("proxy.test");
        assertThat(configuration.getProxyPort()).isEqualTo(3128);
        assertThat(configuration.getProxyUsername()).isEqualTo("pu");
        assertThat(configuration.getProxyPassword()).isEqualTo("pp");
        assertThat(configuration.httpSettings()).isEqualTo(configuration.copy().httpSettings());
        assertThat(context.getEndpoint("callfire:account/get?sslContextParameters=#tls", CallfireEndpoint.class)
                .getConfiguration().getSslContextParameters()).isSameAs(tls);
    }

    /** Guards the defaults of {@code CallfireConfiguration}, which the catalog documents. */
    @Test
    void connectionOptionsHaveTheDocumentedDefaults() {
        CallfireConfiguration defaults = new CallfireConfiguration();

        assertThat(defaults.getBaseUrl()).isEqualTo("https://api.callfire.com/v2");
        assertThat(defaults.getConnectTimeout()).isEqualTo(10_000);
        assertThat(defaults.getResponseTimeout()).isEqualTo(30_000);
        assertThat(defaults.getConnectionRequestTimeout()).isEqualTo(10_000);
        assertThat(defaults.getMaxConnections()).isEqualTo(20);
        assertThat(defaults.getMaxRetries()).isEqualTo(3);
        assertThat(defaults.getRetryInitialDelay()).isEqualTo(500);
        assertThat(defaults.getRetryMaxDelay()).isEqualTo(10_000);
        assertThat(defaults.getMaxRetryAfter()).isEqualTo(30_000);
        assertThat(defaults.getRateLimit()).isZero();
        assertThat(defaults.isTrustAllCertificates()).isFalse();
        assertThat(defaults.getProxyHost()).isNull();
        assertThat(defaults.getProxyPort()).isNull();
    }

    /** Guards the credentials check of {@code CallfireEndpoint.doInit} (either missing fails). */
    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void anEndpointWithoutUsernameOrPasswordFailsNamingBoth(boolean withoutUsername) {
        CamelContext camel = new DefaultCamelContext();
        CallfireComponent component = component(sandbox());
        if (withoutUsername) {
            component.getConfiguration().setUsername(null);
        } else {
            component.getConfiguration().setPassword(null);
        }
        camel.addComponent("callfire", component);
        camel.start();
        try {
            assertThat(endpointFailure(camel, "callfire:account/get"))
                    .isEqualTo("callfire:account/get needs the username and password options (CallFire API "
                            + "credentials), on the component or the endpoint");
        } finally {
            camel.stop();
        }
    }

    /** Guards the broadcastType check of {@code doInit}. */
    @Test
    void broadcastTypeOnAnotherApiFails() {
        assertThat(endpointFailure(context, "callfire:texts/find?broadcastType=CALL"))
                .isEqualTo("Option broadcastType applies to the broadcasts api only, not to callfire:texts/find");
    }

    /** Guards both conditions of the sendResult/sendStateRepository check of {@code validateOptions}. */
    @Test
    void sendResultAndSendStateRepositoryApplyToSendsOnly() {
        context.getRegistry().bind("sendState", new MemoryStateRepository());

        assertThat(endpointFailure(context, "callfire:texts/find?sendResult=IDS"))
                .isEqualTo("Options sendResult and sendStateRepository apply to texts/send and calls/send, not to "
                        + "callfire:texts/find (findTexts)");
        assertThat(endpointFailure(context, "callfire:texts/find?sendStateRepository=#sendState"))
                .startsWith("Options sendResult and sendStateRepository apply to texts/send");
        assertThat(context.getEndpoint("callfire:texts/send?sendResult=IDS&sendStateRepository=#sendState",
                CallfireEndpoint.class).getSendResult()).isEqualTo(SendResult.IDS);
    }

    /** Guards each condition of {@code rejectWebhookOptions}. */
    @ParameterizedTest
    @ValueSource(strings = { "events=InboundTextFinished", "secret=s3cr3t", "webhookPath=/hooks",
            "idempotentRepository=#seen" })
    void webhookOptionsApplyToWebhookEventsOnly(String option) {
        context.getRegistry().bind("seen", new MemoryIdempotentRepository());

        assertThat(endpointFailure(context, "callfire:texts/find?" + option))
                .startsWith("Options events, secret, webhookPath and idempotentRepository apply to "
                        + "callfire:webhooks/events only, not to callfire:texts/find.");
    }

    /** Guards the option check of {@code webhookEvents()}: operation options (but resource and fields) are refused. */
    @Test
    void webhookEventsRefusesOperationOptionsAndBroadcastType() {
        assertThat(endpointFailure(context, "callfire:webhooks/events?toNumber=12135550100&broadcastType=CALL"))
                .startsWith("Option(s) toNumber, broadcastType do not apply to callfire:webhooks/events. "
                        + "Valid options: ");
        assertThat(endpointFailure(context, "callfire:webhooks/events?limit=5"))
                .startsWith("Option(s) limit do not apply to callfire:webhooks/events.");
        CallfireEndpoint events = context.getEndpoint("callfire:webhooks/events?resource=InboundText&fields=id",
                CallfireEndpoint.class);
        assertThat(events.getWebhookEvents()).isNotNull();
    }

    /** Guards {@code createProducer}'s refusal: webhooks/events receives notifications and sends nothing. */
    @Test
    void webhookEventsIsAConsumerOnly() {
        CallfireEndpoint events = context.getEndpoint("callfire:webhooks/events?resource=InboundText",
                CallfireEndpoint.class);

        assertThatThrownBy(events::createProducer).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("callfire:webhooks/events receives CallFire's webhook notifications and is a "
                        + "consumer only");
    }

    /** Guards what the endpoint tells Camel: its service location, webhook methods and the webhook support it has. */
    @Test
    void theEndpointDescribesItsServiceAndWebhookSupport() {
        CallfireEndpoint find = context.getEndpoint("callfire:texts/find", CallfireEndpoint.class);

        assertThat(find.getServiceUrl()).isEqualTo(sandbox().baseUrl());
        assertThat(find.getServiceProtocol()).isEqualTo("rest");
        assertThat(find.getWebhookMethods()).containsExactly("POST");
        assertThat(find.getWebhookEvents()).isNull();
        assertThat(find.getBroadcastType()).isNull();
        assertThat(find.getSendResult()).isEqualTo(SendResult.SUMMARY);
        assertThat(find.getSendStateRepository()).isNull();
        assertThat(find.getExecutor()).isNotNull();
        assertThat(find.getComponent()).isSameAs(context.getComponent("callfire"));
    }

    /** Guards the broadcast type inferred for an operation that exists for one type only (OperationCatalog). */
    @Test
    void anOperationOfOneBroadcastTypeNeedsNoBroadcastType() {
        CallfireEndpoint calls = context.getEndpoint("callfire:broadcasts/get-calls", CallfireEndpoint.class);
        CallfireEndpoint texts = context.getEndpoint("callfire:broadcasts/get-texts", CallfireEndpoint.class);
        CallfireEndpoint find = context.getEndpoint("callfire:broadcasts/find", CallfireEndpoint.class);

        assertThat(calls.getOperation()).isEqualTo(CallfireOperation.GET_CALL_BROADCAST_CALLS);
        assertThat(texts.getOperation()).isEqualTo(CallfireOperation.GET_TEXT_BROADCAST_TEXTS);
        assertThat(find.getOperation()).isEqualTo(CallfireOperation.FIND_TEXT_BROADCASTS);
        assertThat(context.getEndpoint("callfire:broadcasts/find?broadcastType=CALL", CallfireEndpoint.class)
                .getOperation()).isEqualTo(CallfireOperation.FIND_CALL_BROADCASTS);
    }

    /**
     * Guards {@code CallfireEndpoint.operation(header)}: the broadcast type header is read in any case and with
     * spaces, as the enum too; the endpoint's own type is used when the header names it; a wrong value is refused
     * before anything is sent.
     */
    @Test
    void theBroadcastTypeHeaderPicksTheTwinInAnyCaseAndRefusesOtherValues() {
        TextBroadcast text = new TextBroadcast();
        text.setName("text one");
        text.setMessage("hello");
        CallBroadcast voice = new CallBroadcast();
        voice.setName("voice one");
        long textId = template.requestBody("callfire:broadcasts/create", text, ResourceId.class).getId();
        long voiceId = template.requestBodyAndHeader("callfire:broadcasts/create", voice,
                CallfireConstants.BROADCAST_TYPE, " call ", ResourceId.class).getId();

        assertThat(template.requestBodyAndHeader("callfire:broadcasts/get?id=" + voiceId, null,
                CallfireConstants.BROADCAST_TYPE, BroadcastType.CALL)).isInstanceOf(CallBroadcast.class);
        assertThat(template.requestBodyAndHeader("callfire:broadcasts/get?id=" + textId, null,
                CallfireConstants.BROADCAST_TYPE, "Text")).isInstanceOf(TextBroadcast.class);
        assertThat(template.requestBody("callfire:broadcasts/get?id=" + textId, (Object) null))
                .isInstanceOf(TextBroadcast.class);

        long before = sandbox().requestCount();
        Exchange refused = template.request("callfire:broadcasts/get?id=" + textId,
                e -> e.getMessage().setHeader(CallfireConstants.BROADCAST_TYPE, "FAX"));
        assertThat(refused.getException()).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.getParameter()).isEqualTo("broadcastType");
            assertThat(e.getMessage()).isEqualTo("callfire:broadcasts/get (getTextBroadcast): "
                    + "CamelCallfireBroadcastType 'FAX' is neither TEXT nor CALL.");
        });
        assertThat(sandbox().requestCount()).isEqualTo(before);
    }

    /**
     * Guards the component's doStop: it closes its pool (a sender that kept the old one fails) and forgets it, so a
     * restarted component opens a fresh one.
     */
    @Test
    void aStoppedComponentClosesItsPoolAndARestartedOneOpensAFreshOne() {
        assertThat(template.requestBody("callfire:account/get", (Object) null)).isNotNull();
        OperationExecutor before = context.getEndpoint("callfire:account/get", CallfireEndpoint.class).getExecutor();
        CallfireComponent component = context.getComponent("callfire", CallfireComponent.class);

        component.stop();
        assertThatThrownBy(() -> before.execute(CallfireOperation.GET_ACCOUNT, new Object[1], null))
                .isInstanceOf(RuntimeException.class);
        component.start();

        assertThat(template.requestBody("callfire:account/get?fields=id", (Object) null)).isNotNull();
    }

    /** The root message of what creating (and starting) the endpoint threw; fails when nothing was thrown. */
    static String endpointFailure(CamelContext camel, String uri) {
        Throwable[] failure = new Throwable[1];
        assertThatThrownBy(() -> camel.getEndpoint(uri)).satisfies(error -> failure[0] = error);
        Throwable root = failure[0];
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertThat(root).isInstanceOf(IllegalArgumentException.class);
        return root.getMessage();
    }
}
