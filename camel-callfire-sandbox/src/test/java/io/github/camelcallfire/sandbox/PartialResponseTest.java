package io.github.camelcallfire.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

/** The {@code fields} query parameter (CallFire's partial responses) prunes every JSON answer. */
class PartialResponseTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http;
    private long contactId;

    @BeforeEach
    void createContact() {
        http = new SandboxHttp(SANDBOX.sandbox());
        JsonNode ids = http.post("/contacts", List.of(Map.of("firstName", "Ada", "lastName", "Lovelace",
                "mobilePhone", "12135551100", "properties", Map.of("team", "math", "city", "London")))).json();
        contactId = ids.get("items").get(0).get("id").asLong();
    }

    private static List<String> names(JsonNode node) {
        return iterable(node.fieldNames());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void keepsOnlyTheListedTopLevelFields() {
        JsonNode contact = http.get("/contacts/" + contactId + "?fields=id,firstName").json();
        assertThat(names(contact)).containsExactlyInAnyOrder("id", "firstName");
        assertThat(contact.get("firstName").asText()).isEqualTo("Ada");
    }

    @Test
    void prunesEachItemOfAPageWithNestedSelection() {
        JsonNode page = http.get("/contacts?fields=items(id,lastName),totalCount").json();
        assertThat(names(page)).containsExactlyInAnyOrder("items", "totalCount");
        assertThat(names(page.get("items").get(0))).containsExactlyInAnyOrder("id", "lastName");
    }

    @Test
    void nestsSelectionsInsideObjects() {
        JsonNode contact = http.get("/contacts/" + contactId + "?fields=id,properties(team)").json();
        assertThat(names(contact.get("properties"))).containsExactly("team");
    }

    @Test
    void acceptsThePathForm() {
        JsonNode page = http.get("/contacts?fields=items/firstName").json();
        assertThat(names(page)).containsExactly("items");
        assertThat(names(page.get("items").get(0))).containsExactly("firstName");
    }

    @Test
    void ignoresUnknownNames() {
        JsonNode contact = http.get("/contacts/" + contactId + "?fields=id,noSuchField").json();
        assertThat(names(contact)).containsExactly("id");
    }

    @Test
    void refusesUnbalancedParenthesesWith400() {
        SandboxHttp.Reply reply = http.get("/contacts?fields=items(id");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("fields");
    }
}
