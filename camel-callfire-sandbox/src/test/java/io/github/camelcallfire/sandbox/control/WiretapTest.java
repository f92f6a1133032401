package io.github.camelcallfire.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class WiretapTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    /* answers with fields of a newer CallFire are outside today's contract on purpose */
    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox()).withoutContractCheck();
    }

    private long createContact(String firstName) {
        return http().post("/contacts", List.of(Map.of("firstName", firstName))).json().get("items").get(0)
                .get("id").asLong();
    }

    @Test
    void answerFieldsAreAddedToMatchingAnswersOnly() {
        long id = createContact("Ada");
        SandboxHttp.Reply rule = http().control("POST", "/answer-fields", Map.of("method", "GET",
                "path", "/v2/contacts/\\d+", "fields", Map.of("externalSystem", "", "loyalty", Map.of("tier", 2))));
        assertThat(rule.status()).isEqualTo(201);

        JsonNode contact = http().get("/contacts/" + id).json();

        assertThat(contact.get("firstName").asText()).isEqualTo("Ada");
        assertThat(contact.get("externalSystem").asText()).isEmpty();
        assertThat(contact.get("loyalty").get("tier").asInt()).isEqualTo(2);
        assertThat(http().get("/contacts").json().get("items").get(0).has("loyalty")).isFalse();
        assertThat(http().control("GET", "/answer-fields", null).json().get("items")).hasSize(1);
    }

    @Test
    void pageAnswersGetTheFieldsInEachItem() {
        createContact("Ada");
        createContact("Bob");
        SANDBOX.sandbox().addAnswerFields("GET", "/v2/contacts", Map.of("externalSystem", "HUBSPOT"));

        JsonNode page = http().get("/contacts").json();

        assertThat(page.get("items")).hasSize(2)
                .allSatisfy(item -> assertThat(item.get("externalSystem").asText()).isEqualTo("HUBSPOT"));
        assertThat(page.has("externalSystem")).isFalse();
    }

    @Test
    void recordingsKeepBodiesAsTheyArrivedEvenWhenRefused() {
        long id = createContact("Ada");
        long recording = http().control("POST", "/recordings", Map.of("method", "PUT", "path", "/v2/contacts/.*"))
                .json().get("id").asLong();

        SandboxHttp.Reply refused = http().put("/contacts/" + id,
                Map.of("firstName", "Ada", "externalSystem", "HUBSPOT", "loyalty", Map.of("tier", 3)));

        assertThat(refused.status()).isEqualTo(400);
        JsonNode items = http().control("GET", "/recordings/" + recording, null).json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("method").asText()).isEqualTo("PUT");
        assertThat(items.get(0).get("path").asText()).isEqualTo("/v2/contacts/" + id);
        assertThat(items.get(0).get("body").get("externalSystem").asText()).isEqualTo("HUBSPOT");
        assertThat(items.get(0).get("body").get("loyalty").get("tier").asInt()).isEqualTo(3);
    }

    @Test
    void recordedRequestsAreStillHandled() {
        var recording = SANDBOX.sandbox().record("POST", "/v2/contacts");

        long id = createContact("Cy");

        assertThat(http().get("/contacts/" + id).json().get("firstName").asText()).isEqualTo("Cy");
        assertThat(recording.bodies()).hasSize(1);
        assertThat(recording.bodies().get(0).get(0).get("firstName").asText()).isEqualTo("Cy");
    }

    @Test
    void faultsStillActBehindTheWiretap() {
        long id = createContact("Ada");
        SANDBOX.sandbox().addAnswerFields(null, "/v2/contacts/\\d+", Map.of("x", 1));
        http().control("POST", "/faults", Map.of("path", "/v2/contacts/\\d+", "drop", true));

        // the client may retry a dropped GET: every try is dropped while the rule stands
        assertThat(http().failure("GET", "/contacts/" + id)).isNotNull();
        http().control("DELETE", "/faults", null);
        assertThat(http().get("/contacts/" + id).json().get("x").asInt()).isEqualTo(1);
    }

    @Test
    void resetAndDeleteClearRulesAndRecordings() {
        SANDBOX.sandbox().addAnswerFields(null, ".*", Map.of("x", 1));
        long recording = SANDBOX.sandbox().record(null, ".*").getId();

        assertThat(http().control("DELETE", "/answer-fields", null).status()).isEqualTo(204);
        assertThat(http().control("DELETE", "/recordings", null).status()).isEqualTo(204);

        assertThat(http().get("/contacts").json().has("x")).isFalse();
        assertThat(http().control("GET", "/recordings/" + recording, null).status()).isEqualTo(404);
        SANDBOX.sandbox().addAnswerFields(null, ".*", Map.of("x", 1));
        SANDBOX.sandbox().reset();
        assertThat(http().control("GET", "/answer-fields", null).json().get("items")).isEmpty();
    }

    @Test
    void refusesRulesThatCouldNeverAct() {
        assertThat(http().control("POST", "/answer-fields", Map.of("path", "/v2/contacts")).status()).isEqualTo(400);
        assertThat(http().control("POST", "/answer-fields", Map.of("path", "(", "fields", Map.of("x", 1))).status())
                .isEqualTo(400);
        assertThat(http().control("POST", "/recordings", Map.of("path", "[")).status()).isEqualTo(400);
    }
}
