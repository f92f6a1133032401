package io.github.camelcallfire.sandbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;

class TextsApiTest extends FrozenClockApiTest {

    private JsonNode send(String query, Object recipients) {
        SandboxHttp.Reply reply = http.post("/texts" + query, recipients);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().get("items");
    }

    @Test
    void sendsOneTextPerRecipientThatFinishesAfterTheDelay() {
        JsonNode items = send("?defaultMessage=Hello", List.of(
                Map.of("phoneNumber", "2135550101", "message", "Hi ${name}", "attributes", Map.of("name", "Ann")),
                Map.of("phoneNumber", "12135550102")));

        assertThat(items).hasSize(2);
        JsonNode first = items.get(0);
        assertThat(first.get("state").asText()).isEqualTo("READY");
        assertThat(first.has("finalTextResult")).isFalse();
        assertThat(first.get("fromNumber").asText()).isEqualTo("67076");
        assertThat(first.get("toNumber").asText()).isEqualTo("12135550101");
        assertThat(first.get("message").asText()).isEqualTo("Hi Ann");
        assertThat(first.get("contact").get("id").asLong()).isPositive();
        assertThat(first.get("contact").get("homePhone").asText()).isEqualTo("12135550101");
        assertThat(first.get("contact").get("externalSystem").asText()).as("the whole contact is embedded").isEmpty();
        assertThat(items.get(1).get("message").asText()).isEqualTo("Hello");

        long id = first.get("id").asLong();
        assertThat(http.get("/texts/" + id).json().get("state").asText()).isEqualTo("READY");
        SANDBOX.sandbox().clock().advance(DELAY);
        JsonNode text = http.get("/texts/" + id).json();
        assertThat(text.get("state").asText()).isEqualTo("FINISHED");
        assertThat(text.get("finalTextResult").asText()).isEqualTo("SENT");
        assertThat(text.get("records").get(0).get("textResult").asText()).isEqualTo("SENT");
        assertThat(text.get("records").get(0).get("billedAmount").asDouble()).isEqualTo(1.0);
    }

    @Test
    void billsOneCreditPerStartedSegment() {
        long id = send("", List.of(Map.of("phoneNumber", "12135550101", "message", "x".repeat(161))))
                .get(0).get("id").asLong();
        SANDBOX.sandbox().clock().advance(DELAY);
        assertThat(http.get("/texts/" + id).json().get("records").get(0).get("billedAmount").asDouble())
                .isEqualTo(2.0);
    }

    @Test
    void marksRepeatedAndInvalidNumbersInOneRequest() {
        JsonNode items = send("?defaultMessage=Hi", List.of(Map.of("phoneNumber", "12135550101"),
                Map.of("phoneNumber", "2135550101"), Map.of("phoneNumber", "123")));

        assertThat(List.of(items.get(0), items.get(1), items.get(2))).extracting(i -> i.get("state").asText())
                .containsExactly("READY", "DUP", "INVALID");
    }

    @Test
    void rejectsInvalidNumberWhenStrictAndSendsNothing() {
        SandboxHttp.Reply reply = http.post("/texts?defaultMessage=Hi&strictValidation=true",
                List.of(Map.of("phoneNumber", "12135550101"), Map.of("phoneNumber", "123")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("recipients[1]").contains("123");
        assertThat(http.get("/texts").json().get("totalCount").asLong()).isZero();
    }

    @Test
    void rejectsRecipientWithoutMessage() {
        SandboxHttp.Reply reply = http.post("/texts", List.of(Map.of("phoneNumber", "12135550101")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("defaultMessage");
    }

    @Test
    void rejectsInvalidSender() {
        SandboxHttp.Reply reply = http.post("/texts?defaultMessage=Hi",
                List.of(Map.of("phoneNumber", "12135550101", "fromNumber", "12")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("fromNumber");
    }

    @Test
    void sendsToContactByContactId() {
        long contactId = http.post("/contacts", List.of(Map.of("firstName", "Bo", "mobilePhone", "12135550177")))
                .json().get("items").get(0).get("id").asLong();

        JsonNode text = send("?defaultMessage=Hi", List.of(Map.of("contactId", contactId))).get(0);

        assertThat(text.get("toNumber").asText()).isEqualTo("12135550177");
        assertThat(text.get("contact").get("id").asLong()).isEqualTo(contactId);
        assertThat(http.post("/texts?defaultMessage=Hi", List.of(Map.of("contactId", 999_999_999L))).status())
                .isEqualTo(404);
    }

    @Test
    void answersUnknownTextWith404() {
        assertThat(http.get("/texts/123456789").status()).isEqualTo(404);
    }

    @Test
    void showsInjectedInboundTextsInFind() {
        SandboxHttp.Reply injected = http.control("POST", "/inbound-texts",
                Map.of("fromNumber", "12135550111", "toNumber", "67076", "message", "STOP"));
        assertThat(injected.status()).isEqualTo(201);

        JsonNode page = http.get("/texts?inbound=true").json();
        assertThat(page.get("totalCount").asLong()).isEqualTo(1);
        JsonNode text = page.get("items").get(0);
        assertThat(text.get("id").asLong()).isEqualTo(injected.json().get("id").asLong());
        assertThat(text.get("inbound").asBoolean()).isTrue();
        assertThat(text.get("state").asText()).isEqualTo("FINISHED");
        assertThat(text.get("finalTextResult").asText()).isEqualTo("RECEIVED");
        assertThat(text.get("records").get(0).get("textResult").asText()).isEqualTo("RECEIVED");
        assertThat(text.has("campaignId")).isFalse();
        assertThat(text.get("contact").toString()).contains("12135550111");
    }

    @Test
    void filtersFindByEveryCriterion() {
        long begin = SANDBOX.sandbox().clock().now();
        long first = send("?defaultMessage=A", List.of(Map.of("phoneNumber", "12135550101"))).get(0).get("id").asLong();
        SANDBOX.sandbox().clock().advance(DELAY);
        long second = send("?defaultMessage=B", List.of(Map.of("phoneNumber", "12135550102"))).get(0).get("id")
                .asLong();
        SANDBOX.sandbox().injectInboundText("12135550103", "67076", "hello");
        long end = begin + DELAY - 1;

        assertThat(ids("/texts")).hasSize(3);
        assertThat(ids("/texts?inbound=false")).containsExactly(second, first);
        assertThat(ids("/texts?inbound=true")).hasSize(1);
        assertThat(ids("/texts?toNumber=12135550102")).containsExactly(second);
        assertThat(ids("/texts?fromNumber=12135550103")).hasSize(1);
        assertThat(ids("/texts?states=READY")).containsExactly(second);
        assertThat(ids("/texts?results=SENT")).containsExactly(first);
        assertThat(ids("/texts?results=SENT,RECEIVED")).hasSize(2);
        assertThat(ids("/texts?campaignId=0")).containsExactly(second, first);
        assertThat(ids("/texts?intervalBegin=" + begin + "&intervalEnd=" + end)).containsExactly(first);
        assertThat(ids("/texts?id=" + first + "&id=" + second + "&inbound=true")).containsExactly(second, first);
        assertThat(ids("/texts?label=none")).isEmpty();
        assertThat(ids("/texts?batchId=1")).isEmpty();

        JsonNode page = http.get("/texts?limit=1&offset=1").json();
        assertThat(page.get("totalCount").asLong()).isEqualTo(3);
        assertThat(page.get("limit").asInt()).isEqualTo(1);
        assertThat(page.get("offset").asInt()).isEqualTo(1);
        assertThat(page.get("items")).hasSize(1);
    }

    @Test
    void rejectsUnknownStateFilterNamingTheValidOnes() {
        SandboxHttp.Reply reply = http.get("/texts?states=DONE");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("states").contains("READY");
    }

    @Test
    void finishesTextToDncNumberAsDoNotText() {
        assertThat(http.post("/contacts/dncs", Map.of("numbers", List.of("12135550199"), "text", true)).status())
                .isBetween(200, 204);

        JsonNode text = send("?defaultMessage=Hi", List.of(Map.of("phoneNumber", "12135550199"))).get(0);

        assertThat(text.get("state").asText()).isEqualTo("FINISHED");
        assertThat(text.get("finalTextResult").asText()).isEqualTo("DNT");
        JsonNode record = text.get("records").get(0);
        assertThat(record.get("textResult").asText()).as("a DNT text carries its record, as CallFire's sample shows")
                .isEqualTo("DNT");
        assertThat(record.get("billedAmount").asDouble()).isZero();
        assertThat(record.get("message").asText()).isEqualTo("Hi");
        assertThat(record.get("finishTime").asLong()).isEqualTo(text.get("created").asLong());
    }

    @Test
    void duplicateAndInvalidTextsCarryNoRecord() {
        JsonNode texts = send("?defaultMessage=Hi", List.of(Map.of("phoneNumber", "12135550101"),
                Map.of("phoneNumber", "12135550101"), Map.of("phoneNumber", "123")));

        assertThat(texts.get(1).get("state").asText()).isEqualTo("DUP");
        assertThat(texts.get(1).has("records")).isFalse();
        assertThat(texts.get(2).get("state").asText()).isEqualTo("INVALID");
        assertThat(texts.get(2).has("records")).isFalse();
    }

    private List<Long> ids(String path) {
        SandboxHttp.Reply reply = http.get(path);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        reply.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
