package io.github.camelcallfire.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

/** The {@code phase} of a fault rule: before the request is handled, or after it was handled successfully. */
class FaultPhaseTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private static final String TWO_TEXTS = "[{\"phoneNumber\":\"12135550101\",\"message\":\"one\"},"
            + "{\"phoneNumber\":\"12135550102\",\"message\":\"two\"}]";
    private static final String ONE_TEXT = "[{\"phoneNumber\":\"12135550103\",\"message\":\"three\"}]";

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox()).withoutContractCheck();
    }

    private long addFault(Map<String, Object> rule) {
        SandboxHttp.Reply reply = http().control("POST", "/faults", rule);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    /** A rule on {@code POST /v2/texts} in the after-phase, with the given extra fields. */
    private long addAfterRuleOnSendTexts(Map<String, Object> fields) {
        Map<String, Object> rule = new HashMap<>(fields);
        rule.putAll(Map.of("path", "/v2/texts", "method", "POST", "phase", "after"));
        return addFault(rule);
    }

    private List<String> storedMessages() {
        return texts(http().get("/texts").json().get("items"), "message");
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }

    private JsonNode listedFaults() {
        return http().control("GET", "/faults", null).json().get("items");
    }

    @Test
    void afterPhaseStatusStoresTheTextsButAnswersTheError() {
        addAfterRuleOnSendTexts(Map.of("status", 500, "retryAfterSeconds", 3, "count", 1));

        SandboxHttp.Reply reply = http().post("/texts", TWO_TEXTS);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().get("httpStatusCode").asInt()).isEqualTo(500);
        assertThat(reply.header("Retry-After")).isEqualTo("3");
        assertThat(storedMessages()).containsExactlyInAnyOrder("one", "two");
    }

    @Test
    void beforePhaseIsTheDefaultAndStoresNothing() {
        addFault(Map.of("path", "/v2/texts", "method", "POST", "status", 500, "count", 1));
        assertThat(listedFaults().get(0).get("phase").asText()).isEqualTo("before");

        assertThat(http().post("/texts", TWO_TEXTS).status()).isEqualTo(500);

        assertThat(storedMessages()).isEmpty();
    }

    @Test
    void beforePhaseActsEvenBeforeAuthentication() {
        addFault(Map.of("path", "/v2/texts", "status", 503, "count", 1, "phase", "before"));

        assertThat(http().withCredentials("nobody", "wrong").post("/texts", ONE_TEXT).status()).isEqualTo(503);
    }

    @Test
    void afterPhaseDropStoresTheTextButTheClientGetsAnIOException() {
        Fault fault = new Fault();
        fault.setPath("/v2/texts");
        fault.setMethod("POST");
        fault.setDrop(true);
        fault.setCount(1);
        fault.setPhase(FaultPhase.AFTER);
        SANDBOX.sandbox().addFault(fault);

        IOException failure = http().failure("POST", "/texts", ONE_TEXT, Duration.ofSeconds(30));

        assertThat(failure).isNotNull().isNotInstanceOf(HttpTimeoutException.class);
        assertThat(storedMessages()).containsExactly("three");
    }

    @ParameterizedTest
    @EnumSource(FaultPhase.class)
    void dropSendsNoByteOfAnAnswerInEitherPhase(FaultPhase phase) {
        addFault(Map.of("path", "/v2/texts", "method", "POST", "drop", true, "count", 1, "phase", phase.jsonName()));

        byte[] answer = http().wireAnswer("POST", "/texts", ONE_TEXT);

        assertThat(answer).as("bytes before the connection closed").isEmpty();
        assertThat(storedMessages()).hasSize(phase == FaultPhase.AFTER ? 1 : 0);
    }

    @Test
    void afterPhaseMalformedStoresTheTextAndAnswersATruncatedBody() {
        addAfterRuleOnSendTexts(Map.of("malformed", true, "count", 1));

        SandboxHttp.Reply reply = http().post("/texts", ONE_TEXT);

        assertThat(reply.status()).isEqualTo(200);
        assertThatThrownBy(() -> Json.MAPPER.readTree(reply.bytes())).isInstanceOf(IOException.class);
        assertThat(storedMessages()).containsExactly("three");
    }

    @Test
    void afterPhaseLatencyHoldsBackTheRealAnswerOfAStoredText() {
        addAfterRuleOnSendTexts(Map.of("latencyMs", 1500, "count", 1));

        CompletableFuture<SandboxHttp.Reply> pending = CompletableFuture.supplyAsync(
                () -> http().post("/texts", ONE_TEXT));

        await().atMost(Duration.ofSeconds(10)).until(() -> !storedMessages().isEmpty());
        assertThat(pending).as("the answer while the text is already stored").isNotDone();
        SandboxHttp.Reply reply = pending.join();
        assertThat(reply.status()).isEqualTo(200);
        long sentId = reply.json().get("items").get(0).get("id").asLong();
        assertThat(http().get("/texts").json().get("items").get(0).get("id").asLong()).isEqualTo(sentId);
    }

    @Test
    void afterPhaseLatencyLetsAClientTimeOutAlthoughTheTextIsStored() {
        addAfterRuleOnSendTexts(Map.of("latencyMs", 3000, "count", 1));

        IOException failure = http().failure("POST", "/texts", ONE_TEXT, Duration.ofMillis(300));

        assertThat(failure).isInstanceOf(HttpTimeoutException.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> storedMessages().equals(List.of("three")));
    }

    @Test
    void handlerErrorsGoOutUnchangedAndDoNotUseTheAfterRule() {
        addAfterRuleOnSendTexts(Map.of("status", 503, "count", 2));

        SandboxHttp.Reply invalid = http().post("/texts", "{\"phoneNumber\":\"12135550101\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("message").asText()).contains("array");
        assertThat(http().withCredentials("nobody", "wrong").post("/texts", ONE_TEXT).status()).isEqualTo(401);
        assertThat(listedFaults().get(0).get("remaining").asInt()).isEqualTo(2);

        assertThat(http().post("/texts", ONE_TEXT).status()).isEqualTo(503);
        assertThat(http().post("/texts", ONE_TEXT).status()).isEqualTo(503);
        assertThat(http().post("/texts", ONE_TEXT).status()).isEqualTo(200);
        assertThat(listedFaults()).isEmpty();
        assertThat(storedMessages()).hasSize(3);
    }

    @Test
    void afterPhaseNeverActsWithProbabilityZeroAndAlwaysWithOne() {
        addFault(Map.of("path", "/v2/contacts", "status", 500, "probability", 0.0, "phase", "after"));
        for (int i = 0; i < 20; i++) {
            assertThat(http().get("/contacts").status()).isEqualTo(200);
        }
        http().control("DELETE", "/faults", null);
        addFault(Map.of("path", "/v2/contacts", "status", 500, "probability", 1.0, "phase", "after"));
        for (int i = 0; i < 20; i++) {
            assertThat(http().get("/contacts").status()).isEqualTo(500);
        }
    }

    @Test
    void afterPhaseActsOnAboutTheGivenShareOfRequests() {
        addFault(Map.of("path", "/v2/contacts", "status", 500, "probability", 0.5, "phase", "after"));
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
    void aBeforeRuleAndAnAfterRuleBothActOnOneRequest() {
        addFault(Map.of("path", "/v2/texts", "latencyMs", 0, "count", 1, "phase", "before"));
        addAfterRuleOnSendTexts(Map.of("status", 502, "count", 1));

        assertThat(http().post("/texts", ONE_TEXT).status()).isEqualTo(502);

        assertThat(listedFaults()).as("both rules used their one use").isEmpty();
        assertThat(storedMessages()).containsExactly("three");
    }

    @Test
    void listsThePhaseOfEachRule() {
        addAfterRuleOnSendTexts(Map.of("status", 500));
        Fault fromJava = new Fault();
        fromJava.setStatus(503);
        SANDBOX.sandbox().addFault(fromJava);

        assertThat(texts(listedFaults(), "phase")).containsExactly("after", "before");
    }

    @Test
    void refusesAnUnknownPhaseNamingTheAllowedValues() {
        for (String phase : List.of("during", "AFTER")) {
            SandboxHttp.Reply reply = http().control("POST", "/faults", Map.of("status", 500, "phase", phase));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("message").asText())
                    .isEqualTo("Invalid request body: 'phase' must be \"before\" or \"after\", got \"" + phase + "\"");
        }
        assertThat(listedFaults()).isEmpty();
    }
}
