package io.github.camelcallfire.reliability;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.model.TextBroadcast;
import io.github.camelcallfire.model.TextRecipient;
import io.github.camelcallfire.validation.InvalidRequestException;
import io.github.camelcallfire.validation.ValueQuote;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong input is refused with a message naming what was wrong and how to fix it, before anything goes to CallFire:
 * the sandbox must see no request at all.
 */
class BadInputTest extends CallfireTestSupport {

    private static final String GOOD_NUMBER = "12135551100";
    private static final String SEND = "callfire:texts/send";
    private static final String CREATE_LIST = "callfire:contact-lists/create";
    private static final String GET_TEXT = "callfire:texts/get";
    private static final String GET_KEYWORD = "callfire:keyword-leases/get";
    private static final String PLAIN_DIGITS = "CallFire ids are plain digits such as 4096";

    private long requestsBefore;

    @BeforeEach
    void countRequests() {
        requestsBefore = sandbox().requestCount();
    }

    @AfterEach
    void nothingReachedTheServer() {
        assertThat(sandbox().requestCount() - requestsBefore).as("requests that reached the sandbox").isZero();
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                // the operation itself
                bad("unknown api", "callfire:textz/send", null, null, "Unknown CallFire api 'textz'", "Valid apis"),
                bad("unknown operation", "callfire:texts/sned", null, null, "Unknown CallFire operation 'sned'",
                        "Valid operations of texts"),
                bad("no operation in the URI", "callfire:texts", null, null, "expected callfire:apiName/methodName"),
                bad("option of another operation", "callfire:texts/get?limit=5", null, null, "limit",
                        "do not apply", "Valid options: id, fields"),
                bad("unknown broadcast type", "callfire:broadcasts/find?broadcastType=FAX", null, null, "FAX"),
                // ids
                bad("missing id", GET_TEXT, null, null,
                        "callfire:texts/get (getText): set id or CamelCallfireId (the id of the resource to work on",
                        "It is required"),
                bad("non-numeric id option", "callfire:texts/get?id=abc", null, null, "id 'abc'", PLAIN_DIGITS,
                        "CamelCallfireId"),
                bad("non-numeric id header", GET_TEXT, header(CallfireConstants.ID, "12a"), null, "id '12a'",
                        PLAIN_DIGITS),
                bad("negative id", GET_TEXT, header(CallfireConstants.ID, -7L), null, "id '-7'", PLAIN_DIGITS),
                bad("id with a leading space", GET_TEXT, header(CallfireConstants.ID, " 7"), null, "id ' 7'",
                        PLAIN_DIGITS),
                bad("id with a trailing space", GET_TEXT, header(CallfireConstants.ID, "7 "), null, "id '7 '",
                        PLAIN_DIGITS),
                bad("two ids for one resource", GET_TEXT, header(CallfireConstants.ID, "1,2"), null, "id '1,2'",
                        PLAIN_DIGITS),
                bad("id with a plus sign", GET_TEXT, header(CallfireConstants.ID, "+7"), null, "id '+7'",
                        PLAIN_DIGITS),
                bad("hexadecimal id", GET_TEXT, header(CallfireConstants.ID, "0x10"), null, "id '0x10'",
                        PLAIN_DIGITS),
                bad("id of 19 digits", GET_TEXT, header(CallfireConstants.ID, "1".repeat(19)), null, PLAIN_DIGITS),
                bad("contactId with a space", "callfire:contact-lists/remove-item?id=5",
                        header(CallfireConstants.CONTACT_ID, "7 "), null, "contactId '7 '", PLAIN_DIGITS),
                bad("list of ids with a signed element", "callfire:contacts/find", header(CallfireConstants.ID, "1,+2"),
                        null, "id '+2'", PLAIN_DIGITS),
                bad("list of ids with an empty element", "callfire:contacts/find",
                        header(CallfireConstants.ID, "1,,2"), null, "id ''", PLAIN_DIGITS),
                bad("non-numeric campaignId header", "callfire:texts/find", header("CamelCallfireCampaignId", "first"),
                        null, "campaignId 'first'", PLAIN_DIGITS),
                // phone numbers
                bad("toNumber with +", SEND, header(CallfireConstants.TO_NUMBER, "+12135551100"), "hi",
                        "toNumber '+12135551100'", "leading '+'", "digits only"),
                bad("toNumber with spaces", SEND, header(CallfireConstants.TO_NUMBER, "1 213 555 1100"), "hi",
                        "toNumber '1 213 555 1100'", "spaces"),
                bad("toNumber with letters", SEND, header(CallfireConstants.TO_NUMBER, "1213555CALL"), "hi",
                        "toNumber '1213555CALL'", "letters"),
                bad("toNumber too short", SEND, header(CallfireConstants.TO_NUMBER, "555"), "hi", "toNumber '555'",
                        "3 digits", "e.g. 12135551100"),
                bad("second of several toNumbers wrong", SEND,
                        header(CallfireConstants.TO_NUMBER, GOOD_NUMBER + ",+13105550111"), "hi",
                        "toNumber '+13105550111'"),
                bad("fromNumber with dashes", "callfire:texts/find",
                        header("CamelCallfireFromNumber", "213-555-1100"), null, "fromNumber '213-555-1100'",
                        "characters other than digits"),
                bad("recipient map with +", SEND, null, List.of(Map.of("phoneNumber", "+12135551100", "message", "x")),
                        "recipient #0 phoneNumber '+12135551100'", "leading '+'"),
                bad("last recipient of a list wrong", SEND + "?defaultMessage=Hi", null,
                        List.of(Map.of("phoneNumber", GOOD_NUMBER), Map.of("phoneNumber", "12135551100 ")),
                        "recipient #1 phoneNumber '12135551100 '", "spaces"),
                bad("typed recipient with brackets", SEND + "?defaultMessage=Hi", null,
                        List.of(recipient("(213) 555-1100")), "recipient #0 phoneNumber '(213) 555-1100'"),
                bad("plain number list with letters", SEND + "?defaultMessage=Hi", null, List.of(GOOD_NUMBER, "CALLME"),
                        "recipient #1 phone number 'CALLME'", "letters"),
                // bodies
                bad("no body", CREATE_LIST, null, null, "needs a body", "CreateContactListRequest"),
                bad("empty body", CREATE_LIST, null, "", "body is empty", "CreateContactListRequest"),
                bad("blank body", CREATE_LIST, null, "  \n ", "body is empty"),
                bad("malformed JSON string", CREATE_LIST, null, "{\"name\": ", "not valid JSON", "line 1"),
                bad("JSON with single quotes", CREATE_LIST, null, "{'name':'x'}".getBytes(), "not valid JSON"),
                bad("wrong-typed body", CREATE_LIST, null, 42, "java.lang.Integer", "CreateContactListRequest"),
                bad("array instead of object", CREATE_LIST, null, "[1,2]", "must be a JSON object",
                        "but is an array"),
                bad("single recipient without message", SEND, null, "{\"phoneNumber\":\"12135551100\"}",
                        "recipient #0 has no message", "defaultMessage"),
                bad("array of numbers", SEND, null, "[12135551100]", "recipient #0 is a JSON number", "phoneNumber"),
                bad("empty recipient list", SEND, null, List.of(), "list of recipients is empty", "TextRecipient"),
                bad("wrong-typed send body", SEND, null, 3.5, "recipient #0 is a Double (3.5)", "TextRecipient"),
                bad("oversized message", SEND, header(CallfireConstants.TO_NUMBER, GOOD_NUMBER), "x".repeat(1601),
                        "1601 characters", "limited to 1600"),
                bad("oversized defaultMessage", SEND, header("CamelCallfireDefaultMessage", "y".repeat(2000)),
                        List.of(GOOD_NUMBER), "defaultMessage", "2000 characters"),
                bad("overlong string in a JSON body", "callfire:broadcasts/create", null, broadcastWithMessages(
                        "hi", "hi", "hi", "m".repeat(10_001)), "body.recipients[3].message", "(10001 characters)",
                        "longer than 10000 characters"),
                bad("overlong string in a model body", "callfire:broadcasts/create", null,
                        broadcast("b".repeat(10_001)), "body.message", "longer than 10000 characters"),
                bad("overlong string in a map body", CREATE_LIST, null, Map.of("name", "n".repeat(10_001)),
                        "body.name", "longer than 10000 characters"),
                bad("overlong live message of a call", "callfire:calls/send", null,
                        List.of(Map.of("phoneNumber", GOOD_NUMBER, "liveMessage", "m".repeat(10_001))),
                        "recipient #0 liveMessage 'mmm", "(10001 characters) is longer than 10000 characters"),
                // paging
                bad("negative limit", "callfire:texts/find", header(CallfireConstants.LIMIT, -5), null,
                        "limit '-5'", "between 1 and 1000"),
                bad("huge limit", "callfire:texts/find?limit=5000", null, null, "limit '5000'", "autoPaginate"),
                bad("zero limit", "callfire:texts/find", header(CallfireConstants.LIMIT, "0"), null, "limit '0'"),
                bad("non-numeric limit", "callfire:texts/find", header(CallfireConstants.LIMIT, "ten"), null,
                        "limit 'ten'", "not a whole number"),
                bad("negative offset", "callfire:texts/find", header(CallfireConstants.OFFSET, "-1"), null,
                        "offset '-1'", "must not be negative"),
                bad("limit with a space", "callfire:texts/find", header(CallfireConstants.LIMIT, " 5"), null,
                        "limit ' 5'", "not a whole number"),
                // enums and flags
                bad("unknown voice", "callfire:calls/send?defaultVoice=ROBOT", header(CallfireConstants.TO_NUMBER,
                        GOOD_NUMBER), "hello", "defaultVoice 'ROBOT'", "FEMALE1"),
                bad("unknown state", "callfire:texts/find", header("CamelCallfireStates", "READY,SENDING"), null,
                        "states 'SENDING'", "is not one of", "FINISHED"),
                bad("call result on texts", "callfire:texts/find?results=LA", null, null, "results 'LA'",
                        "RECEIVED"),
                bad("not a boolean", "callfire:texts/find", header(CallfireConstants.INBOUND, "yes"), null,
                        "inbound 'yes'", "true or false"),
                // path traversal and header injection
                bad("../ in a path id", GET_TEXT, header(CallfireConstants.ID, "../me/account"), null,
                        "id '../me/account'", "'/'"),
                bad("../ in a keyword", GET_KEYWORD, header("CamelCallfireKeyword", "../../me/account"), null,
                        "keyword", "another resource"),
                bad(".. as a keyword", GET_KEYWORD, header("CamelCallfireKeyword", ".."), null,
                        "relative path segment"),
                bad("empty keyword", GET_KEYWORD, header("CamelCallfireKeyword", ""), null, "keyword ''", "is empty"),
                bad("CRLF in a path parameter", GET_KEYWORD,
                        header("CamelCallfireKeyword", "SHOP\r\nX-Evil: 1"), null, "carriage return", "single-line"),
                bad("overlong query parameter", "callfire:texts/find", header("CamelCallfireFields", "f".repeat(2049)),
                        null, "fields", "(2049 characters) is longer than 2048 characters", "request URL"),
                bad("broadcast type header neither TEXT nor CALL", "callfire:broadcasts/get",
                        header(CallfireConstants.BROADCAST_TYPE, "FAX"), null,
                        "CamelCallfireBroadcastType 'FAX' is neither TEXT nor CALL"),
                bad("LF in a query parameter", "callfire:texts/find", header("CamelCallfireFields", "id\nX-Evil: 1"),
                        null, "fields", "line feed"),
                bad("CRLF in an upload file name", "callfire:sounds/upload",
                        header("CamelCallfireFileName", "a.mp3\r\nContent-Type: text/html"), new byte[] {1, 2},
                        "fileName", "carriage return"),
                bad("directories in an upload file name", "callfire:sounds/upload",
                        header("CamelCallfireFileName", "../../etc/passwd.mp3"), new byte[] {1, 2},
                        "plain file name"),
                bad("upload with no file name", "callfire:sounds/upload", null, new byte[] {1, 2},
                        "set the fileName option", "CamelCallfireFileName"),
                bad("upload of a number", "callfire:sounds/upload?fileName=a.mp3", null, 7,
                        "must be a File, Path, byte[], InputStream or String"),
                // connection options
                bad("zero response timeout", "callfire:account/get?responseTimeout=0", null, null,
                        "responseTimeout must be positive"),
                bad("negative rate limit", "callfire:account/get?rateLimit=-2", null, null, "rateLimit", "-2.0"),
                bad("negative retries", "callfire:account/get?maxRetries=-1", null, null, "maxRetries",
                        "must not be negative"),
                bad("colon in the username", "callfire:account/get?username=RAW(us:er)", null, null,
                        "username must not contain ':'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void refusesBadInputWithAClearErrorBeforeSending(String description, String uri, Map<String, Object> headers,
                                                     Object body, List<String> expectedInMessage) {
        Throwable failure;
        try {
            Exchange exchange = template.request(uri, e -> {
                e.getMessage().setBody(body);
                if (headers != null) {
                    e.getMessage().setHeaders(new HashMap<>(headers));
                }
            });
            failure = exchange.getException();
        } catch (ResolveEndpointFailedException atRouteStart) {
            failure = atRouteStart;
        }

        assertThat(failure).as(description).isNotNull();
        assertThat(chain(failure)).as(description).anyMatch(IllegalArgumentException.class::isInstance);
        assertThat(messages(failure)).as(description).contains(expectedInMessage);
    }

    static Stream<Arguments> hugeValues() {
        String huge = "7".repeat(100_000);
        return Stream.of(
                Arguments.of("id header", GET_TEXT, header(CallfireConstants.ID, huge), null),
                Arguments.of("recipient header", SEND, header(CallfireConstants.TO_NUMBER, huge), "hi"),
                Arguments.of("recipient field", SEND, null, List.of(Map.of("phoneNumber", huge))),
                Arguments.of("upload file name", "callfire:sounds/upload", header("CamelCallfireFileName", "a/" + huge),
                        new byte[] {1, 2}),
                Arguments.of("broadcast type header", "callfire:broadcasts/get?id=1",
                        header(CallfireConstants.BROADCAST_TYPE, huge), null),
                Arguments.of("JSON string", CREATE_LIST, null, "{\"name\":\"" + huge + "\"}"),
                Arguments.of("JSON field name", CREATE_LIST, null, Map.of(huge, huge)),
                Arguments.of("token of invalid JSON", CREATE_LIST, null, "{\"name\": a" + huge + "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeValues")
    void repeatsAtMostAHundredCharactersOfAHugeValue(String description, String uri, Map<String, Object> headers,
                                                     Object body) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(body);
            if (headers != null) {
                e.getMessage().setHeaders(new HashMap<>(headers));
            }
        });

        assertThat(exchange.getException()).as(description).isInstanceOf(InvalidRequestException.class);
        assertThat(messages(exchange.getException())).as(description)
                .doesNotContain("7".repeat(ValueQuote.MAX_CHARS + 1));
    }

    private static Arguments bad(String description, String uri, Map<String, Object> headers, Object body,
                                 String... expectedInMessage) {
        return Arguments.of(description, uri, headers, body, List.of(expectedInMessage));
    }

    private static Map<String, Object> header(String name, Object value) {
        return Map.of(name, value);
    }

    private static String broadcastWithMessages(String... messages) {
        StringBuilder recipients = new StringBuilder();
        for (int i = 0; i < messages.length; i++) {
            recipients.append(i == 0 ? "" : ",").append("{\"phoneNumber\":\"1213555110").append(i)
                    .append("\",\"message\":\"").append(messages[i]).append("\"}");
        }
        return "{\"name\":\"sale\",\"message\":\"hi\",\"recipients\":[" + recipients + "]}";
    }

    private static TextBroadcast broadcast(String message) {
        TextBroadcast broadcast = new TextBroadcast();
        broadcast.setName("sale");
        broadcast.setMessage(message);
        return broadcast;
    }

    private static TextRecipient recipient(String phoneNumber) {
        TextRecipient recipient = new TextRecipient();
        recipient.setPhoneNumber(phoneNumber);
        recipient.setMessage("hi");
        return recipient;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** All messages down the cause chain: route-start errors arrive wrapped by Camel. */
    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
