package io.github.camelcallfire.send;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.validation.InvalidRequestException;
import org.apache.camel.Exchange;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bad recipient anywhere in a list sends nothing, and the error names the recipient, the problem and the fix.
 * Guards issue 10's half-sent list (1,000 texts went out, then HTTP 400). "Nothing" is counted by the sandbox.
 */
class BadRecipientsTest extends CallfireTestSupport {

    @Test
    void aRecipientWithoutMessageAfterAThousandGoodOnesSendsNothing() {
        List<Object> recipients = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            recipients.add(Map.of("phoneNumber", SentTexts.number(i), "message", "hello " + i));
        }
        recipients.addAll(ExactlyOnceSendTest.numbers(1000, 500));

        InvalidRequestException refused = refused("callfire:texts/send", recipients);

        assertThat(refused).hasMessageContaining("recipient #1000 has no message and the request has no "
                + "defaultMessage").hasMessageContaining("CamelCallfireDefaultMessage").hasMessageEndingWith(
                "Nothing was sent.");
    }

    @Test
    void aBadNumberAtTheEndOfAnIteratorSendsNothing() {
        List<String> numbers = new ArrayList<>(ExactlyOnceSendTest.numbers(0, 2999));
        numbers.add("+12135551100");

        InvalidRequestException refused = refused("callfire:texts/send?defaultMessage=Hi", numbers.iterator());

        assertThat(refused).hasMessageContaining("recipient #2999 phone number '+12135551100' has a leading '+'");
    }

    @Test
    void aBadCsvLineSendsNothing() {
        String csv = "12135551100,fine\n12135551101,\"unterminated\n";

        InvalidRequestException refused = refused("callfire:texts/send",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused).hasMessageContaining("line 2 has a quoted message that does not end");
    }

    @Test
    void brokenJsonSendsNothing() {
        InvalidRequestException refused = refused("callfire:texts/send",
                "[{\"phoneNumber\":\"12135551100\",\"message\":\"a\"},{\"phoneNumber\":");

        assertThat(refused).hasMessageContaining("not valid JSON near recipient #1");
    }

    @Test
    void aStringBodyWithoutToNumberSaysThereIsNoRecipient() {
        Exchange misspelt = template.request("callfire:texts/send", e -> {
            e.getMessage().setBody("Hello");
            e.getMessage().setHeader("CamelCallfireToNumbr", "12135551100");
        });

        assertThat(misspelt.getException()).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no recipient: a String body is the message; set the toNumber option or the "
                        + "CamelCallfireToNumber header")
                .hasMessageNotContaining("not valid JSON");
    }

    @Test
    void callsWithoutAnythingToPlaySendNothing() {
        InvalidRequestException refused = refused("callfire:calls/send", ExactlyOnceSendTest.numbers(0, 25));

        assertThat(refused).hasMessageContaining("recipient #0 has nothing to play");
    }

    @Test
    void anEmptyListSendsNothing() {
        assertThat(refused("callfire:texts/send?defaultMessage=Hi", List.of()))
                .hasMessageContaining("the list of recipients is empty");
    }

    @Test
    void aHugeBadValueIsQuotedShort() {
        String huge = "1".repeat(100_000);

        InvalidRequestException refused = refused("callfire:texts/send?defaultMessage=Hi", List.of(huge));

        assertThat(refused.getMessage()).hasSizeLessThan(600).contains("(100000 characters)");
    }

    @Test
    void aProgressHeaderOfAnotherListIsRefused() {
        String otherList = "sendTexts;recipients=3000;sent=1000;unknown=0;digest=0123456789abcdef";
        long before = sandbox().requestCount();

        Exchange done = template.request("callfire:texts/send?defaultMessage=Hi", e -> {
            e.getMessage().setBody(ExactlyOnceSendTest.numbers(0, 3000));
            e.getMessage().setHeader(CallfireConstants.SEND_PROGRESS, otherList);
        });

        assertThat(done.getException()).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("belongs to another send");
        assertThat(sandbox().requestCount()).isEqualTo(before);
    }

    @Test
    void aSendStateRepositoryWithoutSendKeySendsNothing() {
        context.getRegistry().bind("sendState", new MemoryStateRepository());

        InvalidRequestException refused = refused("callfire:texts/send?defaultMessage=Hi&sendStateRepository=#sendState",
                ExactlyOnceSendTest.numbers(0, 10));

        assertThat(refused).hasMessageContaining("set the CamelCallfireSendKey header");
    }

    private InvalidRequestException refused(String uri, Object body) {
        long before = sandbox().requestCount();
        Exchange done = template.request(uri, e -> e.getMessage().setBody(body));
        assertThat(sandbox().requestCount()).as("requests reaching the sandbox").isEqualTo(before);
        assertThat(done.getException()).isInstanceOf(InvalidRequestException.class);
        return (InvalidRequestException) done.getException();
    }
}
