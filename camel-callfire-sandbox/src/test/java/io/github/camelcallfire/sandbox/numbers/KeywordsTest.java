package io.github.camelcallfire.sandbox.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class KeywordsTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    private void buy(String... keywords) {
        assertThat(http().post("/orders/keywords", Map.of("keywords", List.of(keywords))).status()).isEqualTo(201);
    }

    @Test
    void findsOnlyTheAvailableKeywordsOnTheSharedShortCode() {
        buy("SALE");

        SandboxHttp.Reply reply = http().get("/keywords?keywords=promo&keywords=SALE&keywords=STOP&keywords=Pizza"
                + "&keywords=PROMO");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode items = reply.json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("keyword").asText()).isEqualTo("PROMO");
        assertThat(items.get(0).get("shortCode").asText()).isEqualTo("67076");
        assertThat(items.get(0).get("number").asText()).isEqualTo("67076");
    }

    @Test
    void requiresAtLeastOneKeywordToFind() {
        SandboxHttp.Reply reply = http().get("/keywords");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("keywords");
    }

    @Test
    void tellsWhetherAKeywordIsAvailable() {
        assertThat(http().get("/keywords/DEALS/available").json().booleanValue()).isTrue();
        assertThat(http().get("/keywords/help/available").json().booleanValue()).isFalse();
        assertThat(http().get("/keywords/UNSUBSCRIBE/available").json().booleanValue()).isFalse();

        buy("deals");

        SandboxHttp.Reply reply = http().get("/keywords/Deals/available");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().isBoolean()).isTrue();
        assertThat(reply.json().booleanValue()).isFalse();
    }

    @Test
    void rejectsAKeywordThatCannotBeTheFirstWordOfAText() {
        SandboxHttp.Reply punctuation = http().get("/keywords/NO-WAY/available");
        assertThat(punctuation.status()).isEqualTo(400);
        assertThat(punctuation.json().get("message").asText())
                .contains("2 to 64 letters, digits or underscores").contains("NO-WAY");

        assertThat(http().get("/keywords/A/available").status()).isEqualTo(400);
        assertThat(http().get("/keywords/TWO%20WORDS/available").status()).isEqualTo(400);
        assertThat(http().get("/keywords/" + "K".repeat(65) + "/available").status()).isEqualTo(400);
        assertThat(http().get("/keywords?keywords=OK&keywords=NOT.OK").status()).isEqualTo(400);
    }

    @Test
    void offersKeywordsLongerThanTenCharactersAndWithUnderscores() {
        SandboxHttp.Reply found = http().get("/keywords?keywords=TESTAVAILABLE");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("items").findValuesAsText("keyword")).containsExactly("TESTAVAILABLE");
        assertThat(http().get("/keywords/TEST_KEYWORD/available").json().booleanValue()).isTrue();
        assertThat(http().get("/keywords/KW/available").json().booleanValue()).isTrue();
        assertThat(http().get("/keywords/" + "K".repeat(64) + "/available").json().booleanValue()).isTrue();
    }

    @Test
    void leasesAKeywordWithAnUnderscoreAndFindsItInAnyCase() {
        buy("TEST_KEYWORD");

        SandboxHttp.Reply reply = http().get("/keywords/leases/test_keyword");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("keyword").asText()).isEqualTo("TEST_KEYWORD");
        assertThat(reply.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(http().get("/keywords/TEST_KEYWORD/available").json().booleanValue()).isFalse();
    }

    @Test
    void turningAutoRenewOffMovesAKeywordLeaseToPendingAndOnMovesItBack() {
        buy("TEST_KEYWORD");

        assertThat(http().put("/keywords/leases/TEST_KEYWORD", Map.of("autoRenew", false)).status()).isEqualTo(200);
        JsonNode pending = http().get("/keywords/leases/TEST_KEYWORD?fields=keyword,status,autoRenew").json();
        assertThat(pending.get("autoRenew").asBoolean()).isFalse();
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(http().get("/keywords/leases").json().get("items").get(0).get("status").asText())
                .isEqualTo("PENDING");

        assertThat(http().put("/keywords/leases/TEST_KEYWORD", Map.of("autoRenew", true)).status()).isEqualTo(200);
        JsonNode active = http().get("/keywords/leases/TEST_KEYWORD").json();
        assertThat(active.get("autoRenew").asBoolean()).isTrue();
        assertThat(active.get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void listsKeywordLeasesNewestFirst() {
        buy("ALPHA");
        buy("BETA");

        SandboxHttp.Reply reply = http().get("/keywords/leases");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.get("totalCount").asInt()).isEqualTo(2);
        assertThat(page.get("items").findValuesAsText("keyword")).containsExactly("BETA", "ALPHA");
        JsonNode lease = page.get("items").get(1);
        assertThat(lease.get("shortCode").asText()).isEqualTo("67076");
        assertThat(lease.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(lease.get("autoRenew").asBoolean()).isTrue();
        assertThat(lease.get("leaseEnd").asLong()).isGreaterThan(lease.get("leaseBegin").asLong());
        assertThat(http().get("/keywords/leases?filter=alp").json().get("items").findValuesAsText("keyword"))
                .containsExactly("ALPHA");
    }

    @Test
    void getsAndUpdatesAKeywordLease() {
        buy("JOIN");

        SandboxHttp.Reply update = http().put("/keywords/leases/join", Map.of("autoRenew", false,
                "labels", List.of("club"), "doubleOptInEnabled", true, "optInConfirmationMessage", "Reply Y"));

        assertThat(update.status()).isEqualTo(200);
        JsonNode lease = http().get("/keywords/leases/JOIN").json();
        assertThat(lease.get("keyword").asText()).isEqualTo("JOIN");
        assertThat(lease.get("autoRenew").asBoolean()).isFalse();
        assertThat(lease.get("doubleOptInEnabled").asBoolean()).isTrue();
        assertThat(lease.get("optInConfirmationMessage").asText()).isEqualTo("Reply Y");
        assertThat(http().get("/keywords/leases?labelName=club").json().get("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void takesBackTheKeywordLeaseItAnsweredWithAutoRenewOff() {
        buy("TEST_KEYWORD");
        ObjectNode lease = (ObjectNode) http().get("/keywords/leases/TEST_KEYWORD").json();
        lease.put("autoRenew", false);

        assertThat(http().put("/keywords/leases/TEST_KEYWORD", lease.toString()).status()).isEqualTo(200);

        JsonNode read = http().get("/keywords/leases/TEST_KEYWORD?fields=keyword,status,autoRenew").json();
        assertThat(read.toString())
                .isEqualTo("{\"keyword\":\"TEST_KEYWORD\",\"autoRenew\":false,\"status\":\"PENDING\"}");
    }

    @Test
    void rejectsAKeywordLeaseUpdateWithAWrongTypeAndChangesNothing() {
        buy("JOIN");

        SandboxHttp.Reply reply = http().put("/keywords/leases/JOIN", Map.of("autoRenew", false, "labels", "club"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("labels");
        assertThat(http().get("/keywords/leases/JOIN").json().get("autoRenew").asBoolean()).isTrue();
    }

    @Test
    void answersUnknownKeywordLeaseWith404() {
        assertThat(http().get("/keywords/leases/NOTMINE").status()).isEqualTo(404);
        assertThat(http().put("/keywords/leases/NOTMINE", Map.of("autoRenew", false)).status()).isEqualTo(404);
    }

    @Test
    void forwardsInboundTextsOfAKeywordWhenConfigured() {
        buy("JOIN");

        SandboxHttp.Reply reply = http().put("/keywords/leases/configs/JOIN", Map.of("textInboundConfig",
                Map.of("forwardEnabled", true, "forwardNumber", "12132000384")));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode config = http().get("/keywords/leases/configs/JOIN").json();
        assertThat(config.get("keyword").asText()).isEqualTo("JOIN");
        assertThat(config.get("textInboundConfig").get("forwardNumber").asText()).isEqualTo("12132000384");
        JsonNode page = http().get("/keywords/leases/configs").json();
        assertThat(page.get("limit").asInt()).isEqualTo(20);
        assertThat(page.get("totalCount").asInt()).isEqualTo(1);
        SandboxHttp.Reply missingNumber = http().put("/keywords/leases/configs/JOIN",
                Map.of("textInboundConfig", Map.of("forwardEnabled", true)));
        assertThat(missingNumber.status()).isEqualTo(400);
        assertThat(missingNumber.json().get("message").asText()).contains("forwardNumber");
    }
}
