package io.github.camelcallfire;

import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextRecipient;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TextsSendTest extends CallfireTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void sendsStringBodyToTheToNumber() {
        Exchange exchange = template.request("callfire:texts/send?toNumber=12135551100",
                e -> e.getMessage().setBody("Hello from Camel"));

        ItemList<Text> sent = exchange.getMessage().getBody(ItemList.class);
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(CallfireConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(sent.getItems()).singleElement().satisfies(text -> {
            assertThat(text.getToNumber()).isEqualTo("12135551100");
            assertThat(text.getMessage()).isEqualTo("Hello from Camel");
        });
        Page<Text> stored = template.requestBody("callfire:texts/find?toNumber=12135551100&limit=10", null, Page.class);
        assertThat(stored.getItems()).extracting(Text::getMessage).containsExactly("Hello from Camel");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sendsOneTextPerNumberOfAListBody() {
        ItemList<Text> sent = template.requestBody("callfire:texts/send?defaultMessage=Hi",
                List.of("12135551101", "12135551102"), ItemList.class);

        assertThat(sent.getItems()).extracting(Text::getToNumber).containsExactly("12135551101", "12135551102");
        assertThat(sent.getItems()).extracting(Text::getMessage).containsOnly("Hi");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sendsTypedRecipients() {
        TextRecipient recipient = new TextRecipient();
        recipient.setPhoneNumber("12135551103");
        recipient.setMessage("typed");

        ItemList<Text> sent = template.requestBody("callfire:texts/send", List.of(recipient), ItemList.class);

        assertThat(sent.getItems()).singleElement().extracting(Text::getMessage).isEqualTo("typed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void chunksLargeListsIntoRequestsOfAThousandAndConcatenatesResults() {
        List<Object> recipients = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            recipients.add(Map.of("phoneNumber", String.valueOf(12130000000L + i), "message", "bulk " + i));
        }

        ItemList<Text> sent = template.requestBody("callfire:texts/send", recipients, ItemList.class);

        assertThat(sent.getItems()).hasSize(2500);
        assertThat(sent.getItems().get(2499).getMessage()).isEqualTo("bulk 2499");
        Page<Text> page = template.requestBody("callfire:texts/find?limit=1", null, Page.class);
        assertThat(page.getTotalCount()).isEqualTo(2500L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void acceptsJsonStringBody() {
        ItemList<Text> sent = template.requestBody("callfire:texts/send",
                "[{\"phoneNumber\":\"12135551104\",\"message\":\"raw json\"}]", ItemList.class);

        assertThat(sent.getItems()).singleElement().extracting(Text::getMessage).isEqualTo("raw json");
    }
}
