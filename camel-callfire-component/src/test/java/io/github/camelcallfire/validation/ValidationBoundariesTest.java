package io.github.camelcallfire.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.http.CallfireApiException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of the checks made before a request leaves: a value just inside a limit goes to CallFire, one just beyond
 * is refused before any request; and a wrong value is found whatever Java type carries it (Number, Boolean, List,
 * array, JsonNode). Found by mutation testing (docs/testing.md).
 */
class ValidationBoundariesTest extends CallfireTestSupport {

    private static final String GOOD_NUMBER = "12135551100";
    private static final String SEND = "callfire:texts/send";
    private static final String FIND = "callfire:texts/find";
    private static final String GET_TEXT = "callfire:texts/get";
    private static final String CREATE_LIST = "callfire:contact-lists/create";
    private static final String ADD_RECIPIENTS = "callfire:broadcasts/add-recipients?broadcastType=TEXT&id=1";
    private static final String TOO_LONG = "longer than 10000 characters";

    static Stream<Arguments> refused() {
        List<Object> containsItself = new ArrayList<>();
        containsItself.add(containsItself);
        Map<String, Object> nullField = new HashMap<>();
        nullField.put("phoneNumber", "+12135551100");
        nullField.put("message", null);
        return Stream.of(
                // limits, one beyond the edge
                bad("limit one above the largest page", FIND, header(CallfireConstants.LIMIT, "1001"), null,
                        "limit '1001'", "between 1 and 1000"),
                bad("phone number of 16 digits", SEND, header(CallfireConstants.TO_NUMBER, "1".repeat(16)), "hi",
                        "16 digits"),
                bad("phone number of 4 digits", SEND, header(CallfireConstants.TO_NUMBER, "1234"), "hi", "4 digits"),
                bad("text message of 1601 characters", SEND, header(CallfireConstants.TO_NUMBER, GOOD_NUMBER),
                        "x".repeat(1601), "1601 characters"),
                // a wrong value in whatever type carries it
                bad("limit as an Integer", FIND, header(CallfireConstants.LIMIT, 5000), null, "limit '5000'"),
                bad("limit as a one-element array", FIND, header(CallfireConstants.LIMIT, new String[] {"ten"}), null,
                        "limit 'ten'", "not a whole number"),
                bad("limit as a one-element List", FIND, header(CallfireConstants.LIMIT, List.of("ten")), null,
                        "limit 'ten'", "not a whole number"),
                bad("id as a Boolean", GET_TEXT, header(CallfireConstants.ID, Boolean.TRUE), null, "id 'true'",
                        "plain digits"),
                // the values quoted as given, not as the array's own toString ("[Ljava.lang.Long;@1b6d3586")
                bad("id as a List of two", GET_TEXT, header(CallfireConstants.ID, List.of(1L, 2L)), null,
                        "id '1,2'", "is not an id"),
                bad("id as an array of two", GET_TEXT, header(CallfireConstants.ID, new Long[] {1L, 2L}), null,
                        "id '1,2'", "is not an id"),
                bad("the model's UNKNOWN state", FIND, header("CamelCallfireStates", "UNKNOWN"), null,
                        "states 'UNKNOWN'", "is not one of"),
                bad("toNumbers as a List", SEND, header(CallfireConstants.TO_NUMBER, List.of(GOOD_NUMBER,
                        "+13105550111")), "hi", "toNumber '+13105550111'"),
                bad("toNumbers as an array", SEND, header(CallfireConstants.TO_NUMBER, new String[] {GOOD_NUMBER,
                        "555"}), "hi", "toNumber '555'"),
                bad("toNumber as a Long in a List", SEND, header(CallfireConstants.TO_NUMBER, List.of(555L)), "hi",
                        "toNumber '555'"),
                // the values of a JSON array body
                bad("first recipient map of a broadcast", ADD_RECIPIENTS, null,
                        List.of(Map.of("phoneNumber", "+12135551100")), "body[0].phoneNumber '+12135551100'"),
                bad("second recipient map of a broadcast", ADD_RECIPIENTS, null,
                        List.of(Map.of("phoneNumber", GOOD_NUMBER), Map.of("phoneNumber", "+12135551100")),
                        "body[1].phoneNumber"),
                bad("recipient map with a null field", ADD_RECIPIENTS, null, List.of(nullField),
                        "body[0].phoneNumber"),
                bad("overlong message of a recipient map", ADD_RECIPIENTS, null,
                        List.of(Map.of("phoneNumber", GOOD_NUMBER, "message", "m".repeat(10_001))),
                        "body[0].message", TOO_LONG),
                bad("recipient map with nested attributes", ADD_RECIPIENTS, null,
                        List.of(Map.of("phoneNumber", GOOD_NUMBER), Map.of("phoneNumber", "+12135551100",
                                "attributes", Map.of("a", "b"))), "body[1].phoneNumber"),
                bad("overlong attribute nested in a recipient map", ADD_RECIPIENTS, null,
                        List.of(Map.of("phoneNumber", GOOD_NUMBER, "attributes", Map.of("a", "m".repeat(10_001)))),
                        "body[0].attributes.a", TOO_LONG),
                bad("overlong value of a recipient map with a number key", ADD_RECIPIENTS, null,
                        List.of(Map.of(7, "m".repeat(10_001))), "body[0]", TOO_LONG),
                bad("recipient that is not an object", ADD_RECIPIENTS, null,
                        List.of(Map.of("phoneNumber", GOOD_NUMBER, "attributes", Map.of("a", "b")), "x"),
                        "body[1] is", "not an object"),
                bad("empty JSON array of recipients", ADD_RECIPIENTS, null, "[]", "empty list"),
                bad("empty List of recipients", ADD_RECIPIENTS, null, List.of(), "empty list"),
                bad("one JSON recipient object", ADD_RECIPIENTS, null, "{\"phoneNumber\":\"+12135551100\"}",
                        "must be a JSON array of TextRecipient", "but is an object"),
                bad("one recipient map with attributes", ADD_RECIPIENTS, null,
                        Map.of("phoneNumber", "+12135551100", "attributes", Map.of("a", "b")), "body[0].phoneNumber"),
                // nesting and long strings, wherever they sit
                bad("overlong second string of a nested list", CREATE_LIST, null,
                        Map.of("name", List.of("ok", "n".repeat(10_001))), "body.name[1]", TOO_LONG),
                bad("list that contains itself", CREATE_LIST, null, Map.of("name", containsItself), "body.name"),
                bad("JsonNode object nested too deep", CREATE_LIST, null, nestedObject(40), "body.a"),
                bad("JsonNode with an array nested too deep", CREATE_LIST, null, nestedArray(40), "body.a[0]"),
                // calls need something to play
                bad("call recipient with nothing to play", "callfire:calls/send", null,
                        List.of(Map.of("phoneNumber", GOOD_NUMBER)), "has nothing to play", "each recipient"),
                bad("call body with nothing to play", "callfire:calls/send",
                        header(CallfireConstants.TO_NUMBER, GOOD_NUMBER), null, "has nothing to play"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesAValueJustBeyondALimitOrInAnyCarrierType(String description, String uri, Map<String, Object> headers,
                                                         Object body, List<String> expectedInMessage) {
        long before = sandbox().requestCount();

        Exchange exchange = send(uri, headers, body);

        assertThat(exchange.getException()).as(description).isInstanceOf(InvalidRequestException.class);
        assertThat(exchange.getException().getMessage()).as(description).contains(expectedInMessage);
        assertThat(sandbox().requestCount() - before).as("requests that reached the sandbox").isZero();
    }

    @Test
    void repeatsAValueOfExactlyAHundredCharactersWhole() {
        Exchange exchange = send(GET_TEXT, header(CallfireConstants.ID, "x".repeat(100)), null);

        assertThat(exchange.getException()).isInstanceOf(InvalidRequestException.class);
        assertThat(exchange.getException().getMessage()).contains("id '" + "x".repeat(100) + "'")
                .doesNotContain("…", "(100 characters)");
    }

    static Stream<Arguments> accepted() {
        Map<String, Object> numberField = new LinkedHashMap<>();
        numberField.put("phoneNumber", GOOD_NUMBER);
        numberField.put("contactId", 5L);
        return Stream.of(
                Arguments.of("limit of the largest page", FIND, header(CallfireConstants.LIMIT, "1000"), null),
                Arguments.of("limit of one", FIND, header(CallfireConstants.LIMIT, 1), null),
                Arguments.of("phone number of 15 digits", SEND, header(CallfireConstants.TO_NUMBER, "1".repeat(15)),
                        "hi"),
                Arguments.of("short code of 5 digits", SEND, header(CallfireConstants.TO_NUMBER, "12345"), "hi"),
                Arguments.of("text message of 1600 characters", SEND, header(CallfireConstants.TO_NUMBER, GOOD_NUMBER),
                        "x".repeat(1600)),
                Arguments.of("defaultMessage over two lines", SEND, Map.of("CamelCallfireDefaultMessage",
                        "line one\nline two"), List.of(GOOD_NUMBER)),
                Arguments.of("empty fromNumber filter", FIND, header("CamelCallfireFromNumber", ""), null),
                Arguments.of("query value of 2048 characters", FIND, header("CamelCallfireFields", "f".repeat(2048)),
                        null),
                Arguments.of("recipients longer than a URL may be, sent in the body", SEND,
                        header(CallfireConstants.TO_NUMBER, String.join(",", java.util.Collections.nCopies(200,
                                GOOD_NUMBER))), "hi"),
                Arguments.of("list name of 10000 characters", CREATE_LIST, null, Map.of("name", "n".repeat(10_000))),
                Arguments.of("recipient map with a number field", ADD_RECIPIENTS, null, List.of(numberField)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void sendsAValueJustInsideALimit(String description, String uri, Map<String, Object> headers, Object body) {
        long before = sandbox().requestCount();

        Exchange exchange = send(uri, headers, body);

        assertThat(exchange.getException()).as(description)
                .satisfiesAnyOf(e -> assertThat(e).isNull(), e -> assertThat(e).isInstanceOf(CallfireApiException.class));
        assertThat(sandbox().requestCount() - before).as("requests that reached the sandbox").isPositive();
    }

    private Exchange send(String uri, Map<String, Object> headers, Object body) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            if (headers != null) {
                e.getMessage().setHeaders(new HashMap<>(headers));
            }
        });
    }

    private static JsonNode nestedObject(int depth) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode node = root;
        for (int i = 0; i < depth; i++) {
            node = node.putObject("a");
        }
        return root;
    }

    private static JsonNode nestedArray(int depth) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode node = root.putArray("a");
        for (int i = 0; i < depth; i++) {
            node = node.addArray();
        }
        return root;
    }

    private static Arguments bad(String description, String uri, Map<String, Object> headers, Object body,
                                 String... expectedInMessage) {
        return Arguments.of(description, uri, headers, body, List.of(expectedInMessage));
    }

    private static Map<String, Object> header(String name, Object value) {
        return Map.of(name, value);
    }
}
