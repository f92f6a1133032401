package io.github.camelcallfire.sandbox.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class NumberLeasesTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private static final String LA = "12135550100";
    private static final String BOSTON = "16175550100";
    private static final String TOLL_FREE = "18885550100";

    private SandboxHttp http;

    @BeforeEach
    void leaseThreeNumbers() {
        http = new SandboxHttp(SANDBOX.sandbox());
        SANDBOX.sandbox().clock().freeze();
        assertThat(http.post("/orders/numbers", Map.of("numbers", List.of(LA, BOSTON, TOLL_FREE))).status())
                .isEqualTo(201);
    }

    @Test
    void listsLeasedNumbersAsActiveExtraLeasesForOneMonth() {
        SandboxHttp.Reply reply = http.get("/numbers/leases");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.get("totalCount").asInt()).isEqualTo(3);
        assertThat(page.get("limit").asInt()).isEqualTo(100);
        JsonNode lease = http.get("/numbers/leases/" + LA).json();
        assertThat(lease.get("number").asText()).isEqualTo(LA);
        assertThat(lease.get("nationalFormat").asText()).isEqualTo("(213) 555-0100");
        assertThat(lease.get("region").get("city").asText()).isEqualTo("LOS ANGELES");
        assertThat(lease.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(lease.get("type").asText()).isEqualTo("EXTRA");
        assertThat(lease.get("autoRenew").asBoolean()).isTrue();
        long begin = lease.get("leaseBegin").asLong();
        assertThat(begin).isEqualTo(SANDBOX.sandbox().clock().now());
        assertThat(lease.get("leaseEnd").asLong()).isBetween(begin + 28L * 86_400_000, begin + 31L * 86_400_000);
    }

    @Test
    void filtersLeasesByRegionTollFreeAndLabel() {
        assertThat(http.put("/numbers/leases/" + BOSTON, Map.of("labels", List.of("support"))).status())
                .isEqualTo(200);

        assertThat(numbers(http.get("/numbers/leases?state=MA"))).containsExactly(BOSTON);
        assertThat(numbers(http.get("/numbers/leases?city=los%20angeles"))).containsExactly(LA);
        assertThat(numbers(http.get("/numbers/leases?prefix=1888"))).containsExactly(TOLL_FREE);
        assertThat(numbers(http.get("/numbers/leases?tollFree=true"))).containsExactly(TOLL_FREE);
        assertThat(numbers(http.get("/numbers/leases?labelName=support"))).containsExactly(BOSTON);
        assertThat(numbers(http.get("/numbers/leases?lata=730&rateCenter=LOS%20ANGELES&zipcode=90012")))
                .containsExactly(LA);
    }

    @Test
    void updatesAutoRenewLabelsAndFeatures() {
        SandboxHttp.Reply reply = http.put("/numbers/leases/" + LA, Map.of("autoRenew", false,
                "labels", List.of("sales", "west"), "textFeatureStatus", "DISABLED"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.bytes()).isEmpty();
        JsonNode lease = http.get("/numbers/leases/" + LA).json();
        assertThat(lease.get("autoRenew").asBoolean()).isFalse();
        // live CallFire moves a keyword lease to PENDING here; for number leases the evidence is silent
        assertThat(lease.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(lease.get("labels").toString()).isEqualTo("[\"sales\",\"west\"]");
        assertThat(lease.get("textFeatureStatus").asText()).isEqualTo("DISABLED");
        assertThat(lease.get("callFeatureStatus").asText()).isEqualTo("ENABLED");
    }

    @Test
    void takesBackTheLeaseItAnsweredWithFeaturesSwitchedOff() {
        ObjectNode lease = (ObjectNode) http.get("/numbers/leases/" + LA).json();
        lease.put("callFeatureStatus", "DISABLED").put("textFeatureStatus", "DISABLED");

        assertThat(http.put("/numbers/leases/" + LA, lease.toString()).status()).isEqualTo(200);

        JsonNode read = http.get("/numbers/leases/" + LA + "?fields=number,callFeatureStatus,textFeatureStatus")
                .json();
        assertThat(read.toString()).isEqualTo("{\"number\":\"" + LA
                + "\",\"callFeatureStatus\":\"DISABLED\",\"textFeatureStatus\":\"DISABLED\"}");
    }

    @Test
    void takesBackTheConfigItAnsweredWithAFullCallTrackingConfig() {
        ObjectNode config = (ObjectNode) http.get("/numbers/leases/configs/" + LA
                + "?fields=number,configType,callTrackingConfig").json();
        assertThat(config.has("ivrInboundConfig")).isFalse();
        config.set("callTrackingConfig", Json.MAPPER.valueToTree(Map.of("screen", true, "recorded", true,
                "voicemail", true, "transferNumbers", List.of("12132000384"), "introSoundId", 1,
                "weeklySchedule", Map.of("daysOfWeek", List.of("MONDAY", "FRIDAY"), "timeZone", "America/New_York",
                        "startTimeOfDay", Map.of("hour", 1, "minute", 1, "second", 1)),
                "googleAnalytics", Map.of("category", "Sales", "googleAccountId", "UA-1-2", "domain", "example.com"))));

        assertThat(http.put("/numbers/leases/configs/" + LA, config.toString()).status()).isEqualTo(200);

        JsonNode read = http.get("/numbers/leases/configs/" + LA + "?fields=callTrackingConfig,configType").json();
        assertThat(read.has("number")).isFalse();
        assertThat(read.get("configType").asText()).isEqualTo("TRACKING");
        assertThat(read.get("callTrackingConfig").get("weeklySchedule").get("daysOfWeek").toString())
                .isEqualTo("[\"MONDAY\",\"FRIDAY\"]");
        assertThat(read.get("callTrackingConfig").get("googleAnalytics").get("category").asText()).isEqualTo("Sales");
    }

    @Test
    void rejectsALeaseUpdateWithAWrongValueAndChangesNothing() {
        SandboxHttp.Reply reply = http.put("/numbers/leases/" + LA, Map.of("autoRenew", "sometimes"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("autoRenew");
        assertThat(http.get("/numbers/leases/" + LA).json().get("autoRenew").asBoolean()).isTrue();
    }

    @Test
    void answersUnknownLeaseWith404() {
        assertThat(http.get("/numbers/leases/12135550119").status()).isEqualTo(404);
        assertThat(http.put("/numbers/leases/12135550119", Map.of("autoRenew", false)).status()).isEqualTo(404);
        assertThat(http.get("/numbers/leases/configs/12135550119").status()).isEqualTo(404);
    }

    @Test
    void givesEveryLeasedNumberACallTrackingConfig() {
        JsonNode configs = http.get("/numbers/leases/configs").json();

        assertThat(configs.get("totalCount").asInt()).isEqualTo(3);
        JsonNode config = http.get("/numbers/leases/configs/" + LA).json();
        assertThat(config.get("number").asText()).isEqualTo(LA);
        assertThat(config.get("configType").asText()).isEqualTo("TRACKING");
        assertThat(config.get("callTrackingConfig").get("recorded").asBoolean()).isFalse();
        assertThat(numbers(http.get("/numbers/leases/configs?state=MA"))).containsExactly(BOSTON);
    }

    @Test
    void switchesANumberToIvr() {
        SandboxHttp.Reply reply = http.put("/numbers/leases/configs/" + LA, Map.of("configType", "IVR",
                "ivrInboundConfig", Map.of("dialplanXml", "<dialplan><play type=\"tts\">Hi</play></dialplan>")));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode config = http.get("/numbers/leases/configs/" + LA).json();
        assertThat(config.get("configType").asText()).isEqualTo("IVR");
        assertThat(config.get("ivrInboundConfig").get("dialplanXml").asText()).startsWith("<dialplan>");
    }

    @Test
    void storesACallTrackingConfig() {
        SandboxHttp.Reply reply = http.put("/numbers/leases/configs/" + BOSTON, Map.of("configType", "TRACKING",
                "callTrackingConfig", Map.of("transferNumbers", List.of("12132000384"), "recorded", true)));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode tracking = http.get("/numbers/leases/configs/" + BOSTON).json().get("callTrackingConfig");
        assertThat(tracking.get("recorded").asBoolean()).isTrue();
        assertThat(tracking.get("transferNumbers").get(0).asText()).isEqualTo("12132000384");
    }

    @Test
    void rejectsAConfigMissingWhatItsTypeNeeds() {
        SandboxHttp.Reply ivr = http.put("/numbers/leases/configs/" + LA, Map.of("configType", "IVR"));
        assertThat(ivr.status()).isEqualTo(400);
        assertThat(ivr.json().get("message").asText()).contains("ivrInboundConfig");

        SandboxHttp.Reply tracking = http.put("/numbers/leases/configs/" + LA, Map.of("configType", "TRACKING"));
        assertThat(tracking.status()).isEqualTo(400);
        assertThat(tracking.json().get("message").asText()).contains("callTrackingConfig");

        SandboxHttp.Reply noType = http.put("/numbers/leases/configs/" + LA, Map.of());
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().get("message").asText()).contains("configType").contains("IVR").contains("TRACKING");

        assertThat(http.get("/numbers/leases/configs/" + LA).json().get("configType").asText()).isEqualTo("TRACKING");
    }

    private static List<String> numbers(SandboxHttp.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("items").findValuesAsText("number");
    }
}
