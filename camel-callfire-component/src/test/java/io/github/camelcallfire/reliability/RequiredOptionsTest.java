package io.github.camelcallfire.reliability;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireEndpoint;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.model.BroadcastType;
import io.github.camelcallfire.model.Contact;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationExecutor;
import io.github.camelcallfire.operation.OperationParam;
import io.github.camelcallfire.validation.InvalidRequestException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A producer takes required options (ids, numbers, keywords...) from its URI or from each message's headers, so its
 * endpoint starts without them; a message that has neither is refused before anything is sent. A consumer has no
 * message, so it needs them in its URI.
 */
class RequiredOptionsTest extends CallfireTestSupport {

    /* values that pass the checks, for the required options a test does not leave out */
    private static final Map<String, Object> GOOD_VALUES = Map.ofEntries(
            Map.entry("id", 1L), Map.entry("contactId", 2L), Map.entry("name", "greeting"),
            Map.entry("number", "12135551100"), Map.entry("toNumber", "12135551100"),
            Map.entry("callerid", "12135551100"), Map.entry("keyword", "SHOP"), Map.entry("source", "crm"),
            Map.entry("key", "abc"), Map.entry("extension", "png"), Map.entry("resource", "InboundText"));

    @Override
    protected void addRoutes(CamelContext camel) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:delete-contact").to("callfire:contacts/delete");
            }
        });
    }

    @Test
    void producerWithoutIdStartsAndWorksOnTheResourceTheHeaderNames() {
        @SuppressWarnings("unchecked")
        ItemList<ResourceId> created = template.requestBody("callfire:contacts/create",
                List.of(Map.of("firstName", "Ada", "homePhone", "12135551701")), ItemList.class);
        long ada = created.getItems().get(0).getId();

        template.sendBodyAndHeader("direct:delete-contact", null, CallfireConstants.ID, ada);

        Contact deleted = template.requestBodyAndHeader("callfire:contacts/get", null, CallfireConstants.ID, ada,
                Contact.class);
        assertThat(deleted.getDeleted()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "callfire:contacts/get, getContact",
            "callfire:contacts/update, updateContact",
            "callfire:contacts/delete, deleteContact" })
    void messageWithoutIdIsRefusedBeforeAnythingIsSent(String uri, String operationId) {
        long before = sandbox().requestCount();

        Exchange exchange = template.request(uri, e -> e.getMessage().setBody(
                operationId.startsWith("update") ? Map.of("firstName", "Ada") : null));

        assertThat(exchange.getException()).isInstanceOf(InvalidRequestException.class).hasMessage(uri + " ("
                + operationId + "): set id or CamelCallfireId (the id of the resource to work on, plain digits such "
                + "as 4096). It is required, and neither the endpoint URI nor a message header gives it.");
        assertThat(sandbox().requestCount()).isEqualTo(before);
    }

    static Stream<Arguments> requiredOptions() {
        return Arrays.stream(CallfireOperation.values())
                .flatMap(operation -> operation.params().stream().filter(OperationParam::required)
                        .map(param -> Arguments.of(operation.operationId() + " without " + param.name(), operation,
                                param)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredOptions")
    void everyRequiredOptionIsAskedForByOptionAndHeaderBeforeAnythingIsSent(String description,
                                                                             CallfireOperation operation,
                                                                             OperationParam left) {
        long before = sandbox().requestCount();
        Map<String, Object> headers = new HashMap<>();
        operation.params().stream().filter(param -> param.required() && param != left)
                .forEach(param -> headers.put(param.headerName(), GOOD_VALUES.get(param.name())));
        String uri = "callfire:" + operation.uriPath()
                + (operation.broadcastType() == BroadcastType.CALL ? "?broadcastType=CALL" : "");

        Exchange exchange = template.request(uri, e -> e.getMessage().setHeaders(headers));

        assertThat(exchange.getException()).isInstanceOfSatisfying(InvalidRequestException.class, refused -> {
            assertThat(refused.getParameter()).isEqualTo(left.name());
            assertThat(refused.getMessage()).startsWith("callfire:" + operation.uriPath() + " ("
                    + operation.operationId() + "): set " + left.name() + " or " + left.headerName() + " (the ");
        });
        assertThat(sandbox().requestCount()).isEqualTo(before);
    }

    @Test
    void executorRefusesAMissingRequiredArgumentOfACallerWithoutMessage() {
        long before = sandbox().requestCount();
        OperationExecutor executor = context.getEndpoint("callfire:texts/get", CallfireEndpoint.class).getExecutor();

        assertThatThrownBy(() -> executor.execute(CallfireOperation.GET_TEXT, new Object[2], null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("callfire:texts/get (getText): set id or CamelCallfireId");
        assertThat(sandbox().requestCount()).isEqualTo(before);
    }

    @Test
    void consumerWithoutItsRequiredOptionFailsAtRouteStart() throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.addComponent("callfire", component(sandbox()));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("callfire:contact-lists/get-items").to("log:items");
            }
        });
        try {
            assertThatThrownBy(camel::start).rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("callfire:contact-lists/get-items (getContactListItems) requires option(s) id in the "
                            + "URI of a consumer, which has no message headers to take them from. Valid options: id, "
                            + "fields, limit, offset");
        } finally {
            camel.stop();
        }
    }
}
