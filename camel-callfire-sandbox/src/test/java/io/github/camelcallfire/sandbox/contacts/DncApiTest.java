package io.github.camelcallfire.sandbox.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.sandbox.store.DncStore;

class DncApiTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    private void add(Map<String, Object> request) {
        SandboxHttp.Reply reply = http().post("/contacts/dncs", request);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.bytes()).isEmpty();
    }

    private static List<String> numbers(JsonNode page) {
        return page.get("items").findValuesAsText("number");
    }

    @Test
    void addsNumbersWithDefaultFlagsAndSource() {
        add(Map.of("numbers", List.of("2135550101", "12135550102")));

        JsonNode dnc = http().get("/contacts/dncs/12135550101").json();
        assertThat(dnc.get("call").asBoolean()).isTrue();
        assertThat(dnc.get("text").asBoolean()).isTrue();
        assertThat(dnc.get("source").asText()).isEqualTo("Api V2");
        assertThat(dnc.has("created")).isTrue();
        assertThat(http().get("/contacts/dncs").json().get("totalCount").asInt()).isEqualTo(2);
        DncStore store = SANDBOX.sandbox().state().store(DncStore.class);
        assertThat(store.blocksText("12135550101")).isTrue();
        assertThat(store.blocksCall("2135550102")).isTrue();
        assertThat(store.blocksText("12135550199")).isFalse();
    }

    @Test
    void rejectsInvalidNumbersNamingTheOffendingOne() {
        SandboxHttp.Reply reply = http().post("/contacts/dncs", Map.of("numbers", List.of("12135550101", "555")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("numbers[1]").contains("555");
        assertThat(http().get("/contacts/dncs").json().get("totalCount").asInt()).isZero();
        assertThat(http().post("/contacts/dncs", Map.of("call", true)).status()).isEqualTo(400);
    }

    @Test
    void findsEntriesByEveryFilter() {
        add(Map.of("numbers", List.of("12135550101"), "call", true, "text", false, "source", "crm"));
        add(Map.of("numbers", List.of("13105550102"), "call", false, "text", true, "inboundText", true));
        add(Map.of("numbers", List.of("12135550103")));

        assertThat(numbers(http().get("/contacts/dncs?prefix=1213").json()))
                .containsExactlyInAnyOrder("12135550101", "12135550103");
        assertThat(numbers(http().get("/contacts/dncs?number=12135550101&number=3105550102").json()))
                .containsExactlyInAnyOrder("12135550101", "13105550102");
        assertThat(numbers(http().get("/contacts/dncs?source=crm").json())).containsExactly("12135550101");
        assertThat(numbers(http().get("/contacts/dncs?call=false").json())).containsExactly("13105550102");
        assertThat(numbers(http().get("/contacts/dncs?text=false").json())).containsExactly("12135550101");
        assertThat(numbers(http().get("/contacts/dncs?inboundText=true").json())).containsExactly("13105550102");
        assertThat(numbers(http().get("/contacts/dncs?campaignId=5").json())).isEmpty();
        assertThat(http().get("/contacts/dncs?prefix=12a").status()).isEqualTo(400);
        assertThat(http().get("/contacts/dncs?call=maybe").status()).isEqualTo(400);
    }

    @Test
    void updatesTheFlagsOfAnEntry() {
        add(Map.of("numbers", List.of("12135550101")));

        SandboxHttp.Reply reply = http().put("/contacts/dncs/12135550101", Map.of("text", false, "source", "ui"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode dnc = http().get("/contacts/dncs/12135550101").json();
        assertThat(dnc.get("text").asBoolean()).isFalse();
        assertThat(dnc.get("call").asBoolean()).isTrue();
        assertThat(dnc.get("source").asText()).isEqualTo("ui");
        assertThat(SANDBOX.sandbox().state().store(DncStore.class).blocksText("12135550101")).isFalse();
        assertThat(http().put("/contacts/dncs/12135550101", Map.of("text", "no")).status()).isEqualTo(400);
        assertThat(http().put("/contacts/dncs/12135550199", Map.of("text", true)).status()).isEqualTo(404);
    }

    @Test
    void deletedNumberReadsBackWithCallAndTextFalse() {
        add(Map.of("numbers", List.of("12135550101", "12135550102"), "source", "crm", "inboundText", true));

        assertThat(http().delete("/contacts/dncs/12135550101").status()).isEqualTo(204);

        SandboxHttp.Reply reply = http().get("/contacts/dncs/12135550101");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode dnc = reply.json();
        assertThat(dnc.get("number").asText()).isEqualTo("12135550101");
        assertThat(dnc.get("call").asBoolean()).isFalse();
        assertThat(dnc.get("text").asBoolean()).isFalse();
        assertThat(dnc.get("inboundCall").asBoolean()).isFalse();
        assertThat(dnc.get("inboundText").asBoolean()).isFalse();
        assertThat(dnc.get("source").asText()).isEqualTo("crm");
        DncStore store = SANDBOX.sandbox().state().store(DncStore.class);
        assertThat(store.blocksText("12135550101")).isFalse();
        assertThat(store.blocksCall("12135550101")).isFalse();
        assertThat(store.blocksText("12135550102")).isTrue();
        assertThat(numbers(http().get("/contacts/dncs?text=true").json())).containsExactly("12135550102");
        assertThat(numbers(http().get("/contacts/dncs?text=false").json())).containsExactly("12135550101");
    }

    @Test
    void deletedNumberCanBeBlockedAgain() {
        add(Map.of("numbers", List.of("12135550101")));
        assertThat(http().delete("/contacts/dncs/12135550101").status()).isEqualTo(204);

        assertThat(http().put("/contacts/dncs/12135550101", Map.of("text", true)).status()).isEqualTo(200);

        JsonNode dnc = http().get("/contacts/dncs/12135550101").json();
        assertThat(dnc.get("text").asBoolean()).isTrue();
        assertThat(dnc.get("call").asBoolean()).isFalse();
        assertThat(SANDBOX.sandbox().state().store(DncStore.class).blocksText("12135550101")).isTrue();
    }

    @Test
    void deletesSeveralNumbersGivenWithCommas() {
        add(Map.of("numbers", List.of("12135550101", "12135550102", "12135550103")));

        assertThat(http().delete("/contacts/dncs/12135550101,12135550103").status()).isEqualTo(204);

        assertThat(numbers(http().get("/contacts/dncs?call=true").json())).containsExactly("12135550102");
        assertThat(http().get("/contacts/dncs/12135550103").json().get("call").asBoolean()).isFalse();
    }

    @Test
    void deletingANumberThatWasNeverListedIs404AndChangesNothing() {
        add(Map.of("numbers", List.of("12135550101")));

        assertThat(http().delete("/contacts/dncs/12135550199").status()).isEqualTo(404);
        assertThat(http().delete("/contacts/dncs/12135550101,12135550199").status()).isEqualTo(404);

        assertThat(http().get("/contacts/dncs/12135550101").json().get("call").asBoolean()).isTrue();
        assertThat(http().get("/contacts/dncs/12135550199").status()).isEqualTo(404);
        assertThat(http().get("/contacts/dncs/12").status()).isEqualTo(400);
    }

    @Test
    void deletesOnlyTheEntriesOfTheGivenSource() {
        add(Map.of("numbers", List.of("12135550101", "12135550102"), "source", "import"));
        add(Map.of("numbers", List.of("12135550103")));

        assertThat(http().delete("/contacts/dncs/sources/import").status()).isEqualTo(204);

        assertThat(numbers(http().get("/contacts/dncs").json())).containsExactly("12135550103");
    }

    @Test
    void universalListAllowsOrdinaryNumbers() {
        SandboxHttp.Reply reply = http().get("/contacts/dncs/universals/12135550101?fromNumber=13105550102");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode entry = reply.json().get("items").get(0);
        assertThat(entry.get("toNumber").asText()).isEqualTo("12135550101");
        assertThat(entry.get("fromNumber").asText()).isEqualTo("13105550102");
        assertThat(entry.get("outboundText").asBoolean()).isTrue();
        assertThat(entry.get("inboundCall").asBoolean()).isTrue();
    }

    @Test
    void universalListBlocksPremiumRateNumbers() {
        JsonNode entry = http().get("/contacts/dncs/universals/9005550100").json().get("items").get(0);

        assertThat(entry.get("toNumber").asText()).isEqualTo("19005550100");
        assertThat(entry.has("fromNumber")).isFalse();
        assertThat(entry.get("outboundCall").asBoolean()).isFalse();
        assertThat(entry.get("outboundText").asBoolean()).isFalse();
        assertThat(entry.get("inboundText").asBoolean()).isFalse();
        assertThat(http().get("/contacts/dncs/universals/abc").status()).isEqualTo(400);
    }
}
