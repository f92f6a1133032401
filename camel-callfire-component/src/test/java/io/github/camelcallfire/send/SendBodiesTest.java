package io.github.camelcallfire.send;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextRecipient;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every body a send takes, the chunking and the three result forms, checked against what the sandbox stored. */
class SendBodiesTest extends CallfireTestSupport {

    @Test
    void aListGoesOutInRequestsOfAThousand() {
        long before = sandbox().requestCount();

        SendSummary summary = template.requestBody("callfire:texts/send?defaultMessage=Hi",
                ExactlyOnceSendTest.numbers(0, 2500), SendSummary.class);

        // guards chunking (ChunkedSend's texts per request): without it this is 1 request, with chunks of 500 it is 5;
        // checked by setting TEXTS_PER_REQUEST to Integer.MAX_VALUE, which fails here and in ExactlyOnceSendTest
        assertThat(sandbox().requestCount() - before).isEqualTo(3);
        assertThat(summary.getRequests()).isEqualTo(3);
        assertThat(summary.getRecipients()).isEqualTo(2500);
        assertThat(summary.getCreated()).isEqualTo(2500);
        assertThat(summary.getIds()).isNull();
        assertThat(SentTexts.total(SentTexts.perNumber(template))).isEqualTo(2500);
    }

    @Test
    void callsGoOutInRequestsOfTen() {
        long before = sandbox().requestCount();

        SendSummary summary = template.requestBody("callfire:calls/send?defaultLiveMessage=Hello",
                ExactlyOnceSendTest.numbers(0, 25), SendSummary.class);

        // guards the calls' chunk of ten: one request without chunking, five with chunks of five
        assertThat(sandbox().requestCount() - before).isEqualTo(3);
        assertThat(summary.getRequests()).isEqualTo(3);
        assertThat(summary.getCreated()).isEqualTo(25);
    }

    @Test
    void idsResultHoldsTheIdOfEveryText() {
        SendSummary summary = template.requestBodyAndHeader("callfire:texts/send?defaultMessage=Hi",
                ExactlyOnceSendTest.numbers(0, 1500), CallfireConstants.SEND_RESULT, "IDS", SendSummary.class);

        assertThat(summary.getIds()).hasSize(1500).doesNotHaveDuplicates().doesNotContain(0L);
        Text first = template.requestBody("callfire:texts/get?id=" + summary.getIds()[0], null, Text.class);
        assertThat(first.getToNumber()).isEqualTo(SentTexts.number(0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void fullResultHoldsEveryTextInOrder() {
        ItemList<Text> texts = template.requestBody("callfire:texts/send?sendResult=FULL&defaultMessage=Hi",
                ExactlyOnceSendTest.numbers(0, 1200), ItemList.class);

        assertThat(texts.getItems()).hasSize(1200);
        assertThat(texts.getItems().get(1199).getToNumber()).isEqualTo(SentTexts.number(1199));
        assertThat(texts.getItems().get(0).getMessage()).isEqualTo("Hi");
    }

    @Test
    void aStringBodyIsTheMessageForEveryToNumber() {
        Exchange done = template.request("callfire:texts/send?toNumber=12135551100,12135551101",
                e -> e.getMessage().setBody("Hello from Camel"));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(SendSummary.class).getCreated()).isEqualTo(2);
        assertThat(SentTexts.perNumber(template)).containsOnlyKeys("12135551100", "12135551101");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMessageWithQuotesBackslashesLineBreaksAndEmojiArrivesAsWritten() {
        String message = "Say \"hi\" \\ back,\nline two\t\u00e9 \ud83d\ude00 </script>";

        ItemList<Text> texts = template.requestBody("callfire:texts/send?sendResult=FULL&toNumber=12135551100,"
                + "12135551101", message, ItemList.class);

        assertThat(texts.getItems()).extracting(Text::getMessage).containsExactly(message, message);
        Text stored = template.requestBody("callfire:texts/get?id=" + texts.getItems().get(1).getId(), null,
                Text.class);
        assertThat(stored.getMessage()).isEqualTo(message);
    }

    @Test
    void anIteratorAndAStreamAreSentWhole() {
        template.sendBody("callfire:texts/send?defaultMessage=Hi", ExactlyOnceSendTest.numbers(0, 1001).iterator());
        template.sendBody("callfire:texts/send?defaultMessage=Hi",
                IntStream.range(2000, 2999).mapToObj(SentTexts::number));

        Map<String, Integer> sent = SentTexts.perNumber(template);
        assertThat(SentTexts.total(sent)).isEqualTo(1001 + 999);
        assertThat(sent.values()).containsOnly(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void csvLinesGiveEachRecipientItsMessage() {
        String csv = "phoneNumber,message\n"
                + "12135551100,Plain message, with a comma\n"
                + "\n"
                + "12135551101,\"Quoted \"\"reply YES\"\"\"\r\n"
                + "12135551102\n";

        ItemList<Text> texts = template.requestBody("callfire:texts/send?sendResult=FULL&defaultMessage=Default",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ItemList.class);

        assertThat(texts.getItems()).extracting(Text::getToNumber, Text::getMessage).containsExactly(
                org.assertj.core.groups.Tuple.tuple("12135551100", "Plain message, with a comma"),
                org.assertj.core.groups.Tuple.tuple("12135551101", "Quoted \"reply YES\""),
                org.assertj.core.groups.Tuple.tuple("12135551102", "Default"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJsonArrayStreamAndStringAreSent() {
        String json = "[{\"phoneNumber\":\"12135551100\",\"message\":\"one\"},\"12135551101\"]";

        ItemList<Text> fromStream = template.requestBody("callfire:texts/send?sendResult=FULL&defaultMessage=two",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ItemList.class);
        ItemList<Text> fromString = template.requestBody("callfire:texts/send?sendResult=FULL&defaultMessage=two",
                json, ItemList.class);

        assertThat(fromStream.getItems()).extracting(Text::getMessage).containsExactly("one", "two");
        assertThat(fromString.getItems()).extracting(Text::getMessage).containsExactly("one", "two");
    }

    @Test
    @SuppressWarnings("unchecked")
    void typedRecipientsAndMapsAreSent() {
        List<Object> recipients = List.of(TextRecipient.to("12135551100", "typed"),
                Map.of("phoneNumber", "12135551101", "message", "map"));

        ItemList<Text> texts = template.requestBody("callfire:texts/send?sendResult=FULL", recipients, ItemList.class);

        assertThat(texts.getItems()).extracting(Text::getMessage).containsExactly("typed", "map");
    }
}
