package io.github.camelcallfire.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class ControlApiTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    @Test
    void injectedInboundTextAppearsInFindLikeRealInboundTraffic() {
        SandboxHttp.Reply created = http().control("POST", "/inbound-texts",
                Map.of("fromNumber", "12135551234", "toNumber", "12135550000", "message", "YES"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        JsonNode page = http().get("/texts?inbound=true&toNumber=12135550000").json();
        assertThat(page.get("totalCount").asLong()).isEqualTo(1);
        JsonNode text = page.get("items").get(0);
        assertThat(text.get("id").asLong()).isEqualTo(id);
        assertThat(text.get("inbound").asBoolean()).isTrue();
        assertThat(text.get("fromNumber").asText()).isEqualTo("12135551234");
        assertThat(text.get("message").asText()).isEqualTo("YES");
        assertThat(text.get("finalTextResult").asText()).isEqualTo("RECEIVED");
        assertThat(http().get("/texts?inbound=false").json().get("totalCount").asLong()).isZero();
    }

    @Test
    void injectedInboundCallAppearsInFind() {
        SandboxHttp.Reply created = http().control("POST", "/inbound-calls",
                Map.of("fromNumber", "12135551234", "toNumber", "12135550000"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode items = http().get("/calls?inbound=true").json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asLong()).isEqualTo(created.json().get("id").asLong());
        assertThat(items.get(0).get("inbound").asBoolean()).isTrue();
    }

    @Test
    void refusesInboundTextWithoutRequiredFields() {
        SandboxHttp.Reply reply = http().control("POST", "/inbound-texts", Map.of("fromNumber", "12135551234"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("toNumber");
    }

    @Test
    void resetClearsAllState() {
        http().control("POST", "/inbound-texts",
                Map.of("fromNumber", "12135551234", "toNumber", "12135550000", "message", "hi"));
        assertThat(http().get("/texts").json().get("totalCount").asLong()).isEqualTo(1);
        assertThat(http().control("POST", "/reset", null).status()).isEqualTo(204);
        assertThat(http().get("/texts").json().get("totalCount").asLong()).isZero();
    }

    @Test
    void clockCanBeFrozenAdvancedAndReleased() {
        JsonNode frozen = http().control("POST", "/clock/freeze", Map.of("at", 1_700_000_000_000L)).json();
        assertThat(frozen.get("now").asLong()).isEqualTo(1_700_000_000_000L);
        assertThat(frozen.get("frozen").asBoolean()).isTrue();
        JsonNode advanced = http().control("POST", "/clock/advance", Map.of("millis", 60_000)).json();
        assertThat(advanced.get("now").asLong()).isEqualTo(1_700_000_060_000L);

        long id = http().control("POST", "/inbound-texts",
                Map.of("fromNumber", "12135551234", "toNumber", "12135550000", "message", "hi")).json().get("id").asLong();
        assertThat(http().get("/texts/" + id).json().get("created").asLong()).isEqualTo(1_700_000_060_000L);

        JsonNode released = http().control("POST", "/clock/unfreeze", null).json();
        assertThat(released.get("frozen").asBoolean()).isFalse();
        assertThat(http().control("GET", "/clock", null).json().get("now").asLong())
                .isGreaterThanOrEqualTo(1_700_000_060_000L);
    }

    @Test
    void countsEveryApiRequestButNotControlCalls() {
        http().get("/texts");
        http().withoutAuth().get("/texts");
        http().control("POST", "/inbound-texts",
                Map.of("fromNumber", "12135551234", "toNumber", "12135550000", "message", "hi"));
        assertThat(http().control("GET", "/requests", null).json().get("count").asLong()).isEqualTo(2);
        assertThat(SANDBOX.sandbox().requestCount()).isEqualTo(2);

        http().control("POST", "/reset", null);
        assertThat(http().control("GET", "/requests", null).json().get("count").asLong()).isZero();
    }

    @Test
    void refusesMovingTheClockBackwards() {
        SandboxHttp.Reply reply = http().control("POST", "/clock/advance", Map.of("millis", -5));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("millis");
    }

    @Test
    void answersUnknownControlPathWith404() {
        assertThat(http().control("GET", "/nothing-here", null).status()).isEqualTo(404);
    }
}
