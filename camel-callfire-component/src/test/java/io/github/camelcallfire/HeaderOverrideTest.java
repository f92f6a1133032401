package io.github.camelcallfire;

import io.github.camelcallfire.model.CallBroadcast;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextBroadcast;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderOverrideTest extends CallfireTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void headersOverrideEndpointOptionsPerMessage() {
        template.requestBodyAndHeader("callfire:texts/send", "first", CallfireConstants.TO_NUMBER, "12135550001");
        template.requestBodyAndHeader("callfire:texts/send", "second", CallfireConstants.TO_NUMBER, "12135550002");

        Page<Text> onlySecond = template.requestBodyAndHeader("callfire:texts/find?toNumber=12135550001&limit=10",
                null, CallfireConstants.TO_NUMBER, "12135550002", Page.class);

        assertThat(onlySecond.getItems()).extracting(Text::getMessage).containsExactly("second");
    }

    /* Camel matches header names in any case; the component reads its option headers in one pass, and must too */
    @Test
    @SuppressWarnings("unchecked")
    void anOptionHeaderInAnotherCaseStillOverridesTheEndpointOption() {
        template.requestBodyAndHeader("callfire:texts/send", "lower case", "camelcallfiretonumber", "12135550021");
        template.requestBodyAndHeader("callfire:texts/send", "upper case", "CAMELCALLFIRETONUMBER", "12135550022");

        Page<Text> lower = template.requestBodyAndHeader("callfire:texts/find?toNumber=12135550022&limit=10",
                null, "CamelCallfireTONumber", "12135550021", Page.class);
        Page<Text> upper = template.requestBody("callfire:texts/find?toNumber=12135550022&limit=10", null,
                Page.class);

        assertThat(lower.getItems()).extracting(Text::getMessage).containsExactly("lower case");
        assertThat(upper.getItems()).extracting(Text::getMessage).containsExactly("upper case");
    }

    @Test
    @SuppressWarnings("unchecked")
    void repeatableOptionTakesACollectionHeader() {
        ItemList<Text> sent = template.requestBody("callfire:texts/send?sendResult=FULL&defaultMessage=x",
                List.of("12135550011", "12135550012", "12135550013"), ItemList.class);
        List<Long> firstTwo = List.of(sent.getItems().get(0).getId(), sent.getItems().get(1).getId());

        Page<Text> found = template.requestBodyAndHeader("callfire:texts/find?limit=10", null,
                CallfireConstants.ID, firstTwo, Page.class);

        assertThat(found.getItems()).extracting(Text::getId).containsExactlyInAnyOrderElementsOf(firstTwo);
    }

    @Test
    void idHeaderAndBroadcastTypeHeaderPickTheResource() {
        TextBroadcast text = new TextBroadcast();
        text.setName("texts");
        text.setMessage("hello");
        CallBroadcast voice = new CallBroadcast();
        voice.setName("voice");
        Exchange created = template.request("callfire:broadcasts/create", e -> e.getMessage().setBody(text));
        long voiceId = template.requestBody("callfire:broadcasts/create?broadcastType=CALL", voice, ResourceId.class)
                .getId();
        long textId = created.getMessage().getHeader(CallfireConstants.CREATED_ID, Long.class);

        Object fetched = template.requestBodyAndHeaders("callfire:broadcasts/get?id=" + textId, null,
                Map.of(CallfireConstants.ID, voiceId, CallfireConstants.BROADCAST_TYPE, "CALL"));

        assertThat(created.getMessage().getBody()).isEqualTo(ResourceId.of(textId));
        assertThat(fetched).isInstanceOfSatisfying(CallBroadcast.class,
                broadcast -> assertThat(broadcast.getName()).isEqualTo("voice"));
    }

    @Test
    void resultHeadersOfAnEarlierCallDoNotSurviveTheNextCall() {
        Exchange sent = template.request("callfire:texts/send", e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(CallfireConstants.TO_NUMBER, "12135550021");
            e.getMessage().setHeader(CallfireConstants.CREATED_ID, 5L);
            e.getMessage().setHeader(CallfireConstants.TOTAL_COUNT, 7L);
            e.getMessage().setHeader(CallfireConstants.PAGE_LIMIT.toLowerCase(Locale.ROOT), 10L);
            e.getMessage().setHeader(CallfireConstants.HTTP_STATUS, 404);
            e.getMessage().setHeader("Unrelated", "kept");
        });

        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getHeaders()).doesNotContainKeys(CallfireConstants.CREATED_ID,
                CallfireConstants.TOTAL_COUNT, CallfireConstants.PAGE_LIMIT, CallfireConstants.PAGE_OFFSET);
        assertThat(sent.getMessage().getHeader(CallfireConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(sent.getMessage().getHeader(CallfireConstants.TO_NUMBER)).isEqualTo("12135550021");
        assertThat(sent.getMessage().getHeader("Unrelated")).isEqualTo("kept");
        assertThat(sent.getMessage().getHeader(CallfireConstants.SEND_PROGRESS)).isNull();
    }
}
