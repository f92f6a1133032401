package io.github.camelcallfire.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class FaultInjectionTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox()).withoutContractCheck();
    }

    private long addFault(Map<String, Object> rule) {
        SandboxHttp.Reply reply = http().control("POST", "/faults", rule);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    @Test
    void answersStatusForTheNextCountMatchingRequestsThenRecovers() {
        addFault(Map.of("path", "/v2/contacts.*", "status", 503, "count", 2));
        assertThat(http().get("/contacts").status()).isEqualTo(503);
        SandboxHttp.Reply second = http().get("/contacts");
        assertThat(second.status()).isEqualTo(503);
        assertThat(second.json().get("httpStatusCode").asInt()).isEqualTo(503);
        assertThat(http().get("/contacts").status()).isEqualTo(200);
        assertThat(http().control("GET", "/faults", null).json().get("items")).isEmpty();
    }

    @Test
    void answers429WithRetryAfterHeader() {
        addFault(Map.of("path", "/v2/contacts", "status", 429, "retryAfterSeconds", 7, "count", 1));
        SandboxHttp.Reply reply = http().get("/contacts");
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Retry-After")).isEqualTo("7");
        assertThat(reply.json().get("message").asText()).contains("429");
    }

    @Test
    void hitsOnlyTheConfiguredMethod() {
        addFault(Map.of("path", "/v2/contacts", "method", "POST", "status", 500));
        assertThat(http().get("/contacts").status()).isEqualTo(200);
        assertThat(http().post("/contacts", "[{\"firstName\":\"A\"}]").status()).isEqualTo(500);
    }

    @Test
    void dropsTheConnection() {
        // no count: the JDK client silently retries a GET once on a closed connection
        addFault(Map.of("path", "/v2/contacts", "drop", true));
        IOException failure = http().failure("GET", "/contacts");
        assertThat(failure).isNotNull();
        http().control("DELETE", "/faults", null);
        assertThat(http().get("/contacts").status()).isEqualTo(200);
    }

    @Test
    void answersAMalformedBody() {
        addFault(Map.of("path", "/v2/contacts", "malformed", true, "count", 1));
        SandboxHttp.Reply reply = http().get("/contacts");
        assertThat(reply.status()).isEqualTo(200);
        assertThatThrownBy(() -> Json.MAPPER.readTree(reply.bytes())).isInstanceOf(IOException.class);
    }

    @Test
    void addsLatencyAndThenAnswersNormally() {
        addFault(Map.of("path", "/v2/contacts", "latencyMs", 300, "count", 1));
        long start = System.nanoTime();
        SandboxHttp.Reply reply = http().get("/contacts");
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(reply.status()).isEqualTo(200);
        assertThat(tookMs).as("a latency fault delays the answer by at least its latencyMs").isGreaterThanOrEqualTo(300);
    }

    @Test
    void neverActsWithProbabilityZeroAndAlwaysWithOne() {
        addFault(Map.of("path", "/v2/contacts", "status", 500, "probability", 0.0));
        for (int i = 0; i < 20; i++) {
            assertThat(http().get("/contacts").status()).isEqualTo(200);
        }
        http().control("DELETE", "/faults", null);
        addFault(Map.of("path", "/v2/contacts", "status", 500, "probability", 1.0));
        for (int i = 0; i < 20; i++) {
            assertThat(http().get("/contacts").status()).isEqualTo(500);
        }
    }

    @Test
    void actsOnAboutTheGivenShareOfRequests() {
        addFault(Map.of("path", "/v2/contacts", "status", 500, "probability", 0.5));
        int failed = 0;
        for (int i = 0; i < 400; i++) {
            if (http().get("/contacts").status() == 500) {
                failed++;
            }
        }
        // binomial(400, 0.5): outside 120..280 has a probability far below 1e-20
        assertThat(failed).isBetween(120, 280);
    }

    @Test
    void clearsAllFaults() {
        addFault(Map.of("path", ".*", "status", 500));
        assertThat(http().get("/contacts").status()).isEqualTo(500);
        assertThat(http().control("DELETE", "/faults", null).status()).isEqualTo(204);
        assertThat(http().get("/contacts").status()).isEqualTo(200);
    }

    @Test
    void listsActiveFaultsWithRemainingUses() {
        addFault(Map.of("path", "/v2/texts", "status", 503, "count", 3));
        JsonNode items = http().control("GET", "/faults", null).json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("status").asInt()).isEqualTo(503);
        assertThat(items.get(0).get("remaining").asInt()).isEqualTo(3);
    }

    @Test
    void refusesARuleThatCouldNeverActOrIsInvalid() {
        SandboxHttp.Reply noEffect = http().control("POST", "/faults", Map.of("path", "/v2/texts"));
        assertThat(noEffect.status()).isEqualTo(400);
        assertThat(noEffect.json().get("message").asText()).contains("effect");
        SandboxHttp.Reply badRegex = http().control("POST", "/faults", Map.of("path", "([", "status", 500));
        assertThat(badRegex.status()).isEqualTo(400);
        assertThat(badRegex.json().get("message").asText()).contains("path");
        SandboxHttp.Reply badProbability = http().control("POST", "/faults",
                Map.of("status", 500, "probability", 1.5));
        assertThat(badProbability.status()).isEqualTo(400);
        assertThat(badProbability.json().get("message").asText()).contains("probability");
    }

    @Test
    void resetClearsFaults() {
        addFault(Map.of("path", ".*", "status", 500));
        assertThat(http().control("POST", "/reset", null).status()).isEqualTo(204);
        assertThat(http().get("/contacts").status()).isEqualTo(200);
    }
}
