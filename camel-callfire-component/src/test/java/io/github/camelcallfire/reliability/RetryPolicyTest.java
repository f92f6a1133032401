package io.github.camelcallfire.reliability;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireConfiguration;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.http.CallfireTransportException;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.send.SendOutcomeUnknownException;
import io.github.camelcallfire.send.SendSummary;
import io.github.camelcallfire.testing.Faults;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest extends CallfireTestSupport {

    private static final String TEXT_BY_ID = "/v2/texts/\\d+";

    @Override
    protected void addRoutes(CamelContext camelContext) {
        CallfireConfiguration configuration = camelContext.getComponent("callfire", CallfireComponent.class)
                .getConfiguration();
        configuration.setMaxRetries(3);
        configuration.setRetryInitialDelay(10);
        configuration.setRetryMaxDelay(50);
        configuration.setMaxRetryAfter(1_000);
    }

    @Test
    void retriesAGetOnServiceUnavailableUntilItSucceeds() {
        long id = sentTextId();
        Fault unavailable = sandbox().addFault(Faults.status("GET", TEXT_BY_ID, 503, 2));

        Text text = template.requestBody("callfire:texts/get?id=" + id, null, Text.class);

        assertThat(text.getId()).isEqualTo(id);
        assertThat(unavailable.getRemaining()).isZero();
    }

    @Test
    void retriesAGetOnEachRetriableStatus() {
        long id = sentTextId();
        for (int status : List.of(429, 502, 503, 504)) {
            Fault fault = sandbox().addFault(Faults.status("GET", TEXT_BY_ID, status, 1));

            Text text = template.requestBody("callfire:texts/get?id=" + id, null, Text.class);

            assertThat(text.getId()).as("after HTTP %d", status).isEqualTo(id);
            assertThat(fault.getRemaining()).as("HTTP %d answered once", status).isZero();
        }
    }

    @Test
    void honoursRetryAfterWithinTheCeiling() {
        long id = sentTextId();
        Fault tooMany = Faults.status("GET", TEXT_BY_ID, 429, 1);
        tooMany.setRetryAfterSeconds(1);
        sandbox().addFault(tooMany);

        Text text = template.requestBody("callfire:texts/get?id=" + id, null, Text.class);

        assertThat(text.getId()).isEqualTo(id);
        assertThat(tooMany.getRemaining()).isZero();
    }

    @Test
    void surfacesTheAnswerWhenRetryAfterExceedsTheCeiling() {
        long id = sentTextId();
        Fault anHour = Faults.status("GET", TEXT_BY_ID, 429, 5);
        anHour.setRetryAfterSeconds(3600);
        sandbox().addFault(anHour);

        assertThatThrownBy(() -> template.requestBody("callfire:texts/get?id=" + id, (Object) null))
                .hasCauseInstanceOf(CallfireApiException.class)
                .cause().extracting(e -> ((CallfireApiException) e).getHttpStatus()).isEqualTo(429);
        assertThat(anHour.getRemaining()).as("one attempt, no waiting for an hour").isEqualTo(4);
    }

    @Test
    void retriesAGetWhoseConnectionWasDropped() {
        long id = sentTextId();
        Fault dropped = sandbox().addFault(Faults.drop("GET", TEXT_BY_ID, 2));

        Text text = template.requestBody("callfire:texts/get?id=" + id, null, Text.class);

        assertThat(text.getId()).isEqualTo(id);
        assertThat(dropped.getRemaining()).isZero();
    }

    @Test
    void retriesPutAndDelete() {
        long listId = template.request("callfire:contact-lists/create", exchange -> exchange.getMessage()
                .setBody(Map.of("name", "retry me", "contactNumbers", List.of("12135551100"))))
                .getMessage().getHeader(CallfireConstants.CREATED_ID, Long.class);
        Fault badGateway = sandbox().addFault(Faults.status(null, "/v2/contacts/lists/\\d+", 502, 2));

        template.sendBody("callfire:contact-lists/update?id=" + listId, Map.of("name", "renamed"));
        template.sendBody("callfire:contact-lists/delete?id=" + listId, null);

        assertThat(badGateway.getRemaining()).isZero();
        assertThatThrownBy(() -> template.requestBody("callfire:contact-lists/get?id=" + listId, (Object) null))
                .hasCauseInstanceOf(CallfireApiException.class);
    }

    @Test
    void neverRetriesAServerError() {
        long id = sentTextId();
        Fault internal = sandbox().addFault(Faults.status("GET", TEXT_BY_ID, 500, 2));

        assertThatThrownBy(() -> template.requestBody("callfire:texts/get?id=" + id, (Object) null))
                .hasCauseInstanceOf(CallfireApiException.class);
        assertThat(internal.getRemaining()).isEqualTo(1);
    }

    @Test
    void neverResendsATextThatMayHaveReachedTheServer() {
        Fault internal = sandbox().addFault(Faults.status("POST", "/v2/texts", 500, 2));
        Fault dropped = sandbox().addFault(Faults.drop("POST", "/v2/texts", 2));

        assertThatThrownBy(() -> template.requestBodyAndHeader("callfire:texts/send", "hello",
                CallfireConstants.TO_NUMBER, "12135551100")).hasCauseInstanceOf(SendOutcomeUnknownException.class)
                .hasRootCauseInstanceOf(CallfireApiException.class);
        assertThatThrownBy(() -> template.requestBodyAndHeader("callfire:texts/send", "hello",
                CallfireConstants.TO_NUMBER, "12135551100")).hasCauseInstanceOf(SendOutcomeUnknownException.class);
        assertThatThrownBy(() -> template.requestBodyAndHeader("callfire:texts/send", "hello",
                CallfireConstants.TO_NUMBER, "12135551100")).hasCauseInstanceOf(SendOutcomeUnknownException.class)
                .satisfies(e -> assertThat(e.getCause().getCause()).isInstanceOf(CallfireTransportException.class));

        assertThat(internal.getRemaining()).as("one attempt per send").isZero();
        assertThat(dropped.getRemaining()).as("the dropped send was not repeated").isEqualTo(1);
        assertThat(outboundTexts()).isZero();
    }

    @Test
    void resendsATextThatCallfireRefusedUnprocessed() {
        Fault unavailable = sandbox().addFault(Faults.status("POST", "/v2/texts", 503, 2));

        template.requestBodyAndHeader("callfire:texts/send", "hello", CallfireConstants.TO_NUMBER, "12135551100");

        assertThat(unavailable.getRemaining()).isZero();
        assertThat(outboundTexts()).isEqualTo(1);
    }

    @Test
    void resendsATextWhoseConnectionWasRefused() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        CamelContext late = new DefaultCamelContext();
        CallfireComponent component = component(sandbox());
        component.getConfiguration().setBaseUrl("http://127.0.0.1:" + port + "/v2");
        component.getConfiguration().setMaxRetries(8);
        component.getConfiguration().setRetryInitialDelay(100);
        component.getConfiguration().setRetryMaxDelay(1_000);
        late.addComponent("callfire", component);
        late.start();
        try {
            CompletableFuture<Object> send = CompletableFuture.supplyAsync(() -> late.createProducerTemplate()
                    .requestBodyAndHeader("callfire:texts/send", "hello", CallfireConstants.TO_NUMBER, "12135551100"));
            // the server comes up while the producer is backing off from "connection refused"
            try (CallfireSandbox server = CallfireSandbox.builder().port(port).actionDelayMs(0).start()) {
                send.get(30, TimeUnit.SECONDS);
                Page<?> sent = late.createProducerTemplate().requestBodyAndHeader("callfire:texts/find", null,
                        CallfireConstants.INBOUND, false, Page.class);
                assertThat(sent.getItems()).hasSize(1);
            }
        } finally {
            late.stop();
        }
    }

    @Test
    void doesNotRetryWhenRetriesAreOff() {
        long id = sentTextId();
        Fault unavailable = sandbox().addFault(Faults.status("GET", TEXT_BY_ID, 503, 2));

        assertThatThrownBy(() -> template.requestBody("callfire:texts/get?maxRetries=0&id=" + id, (Object) null))
                .isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(CallfireApiException.class);
        assertThat(unavailable.getRemaining()).isEqualTo(1);
    }

    private long sentTextId() {
        SendSummary sent = template.requestBodyAndHeader("callfire:texts/send?sendResult=IDS", "hi",
                CallfireConstants.TO_NUMBER, "12135551100", SendSummary.class);
        return sent.getIds()[0];
    }

    private long outboundTexts() {
        Page<?> page = template.requestBodyAndHeader("callfire:texts/find", null, CallfireConstants.INBOUND, false,
                Page.class);
        return page.getTotalCount();
    }
}
