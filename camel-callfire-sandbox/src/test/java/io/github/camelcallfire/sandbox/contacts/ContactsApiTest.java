package io.github.camelcallfire.sandbox.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class ContactsApiTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    private long create(Map<String, Object> contact) {
        SandboxHttp.Reply reply = http().post("/contacts", List.of(contact));
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("items").get(0).get("id").asLong();
    }

    @Test
    void createsContactsAndAnswersTheirIdsInInputOrder() {
        SandboxHttp.Reply reply = http().post("/contacts", List.of(
                Map.of("firstName", "Ada", "homePhone", "12135550101"),
                Map.of("firstName", "Bob", "mobilePhone", "12135550102", "properties", Map.of("team", "red"))));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode items = reply.json().get("items");
        assertThat(items).hasSize(2);
        JsonNode ada = http().get("/contacts/" + items.get(0).get("id").asLong()).json();
        JsonNode bob = http().get("/contacts/" + items.get(1).get("id").asLong()).json();
        assertThat(ada.get("firstName").asText()).isEqualTo("Ada");
        assertThat(bob.get("mobilePhone").asText()).isEqualTo("12135550102");
        assertThat(bob.get("properties").get("team").asText()).isEqualTo("red");
        assertThat(bob.has("deleted")).isFalse();
    }

    @Test
    void rejectsAnUnknownExternalSystemNamingTheField() {
        SandboxHttp.Reply reply = http().post("/contacts",
                List.of(Map.of("firstName", "A"), Map.of("externalId", "7", "externalSystem", "MYSPACE")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("body[1].externalSystem").contains("MYSPACE");
        assertThat(http().get("/contacts").json().get("totalCount").asInt()).isZero();
    }

    @Test
    void acceptsAKnownExternalSystem() {
        long id = create(Map.of("externalId", "sf-1", "externalSystem", "SALES_FORCE_LEADS"));

        assertThat(http().get("/contacts/" + id).json().get("externalSystem").asText()).isEqualTo("SALES_FORCE_LEADS");
    }

    @Test
    void contactWithoutExternalSystemCarriesAnEmptyOneThatAnUpdateMaySendBack() {
        long id = create(Map.of("firstName", "Ada", "homePhone", "12135550101"));

        JsonNode contact = http().get("/contacts/" + id).json();
        assertThat(contact.get("externalSystem").isTextual()).isTrue();
        assertThat(contact.get("externalSystem").asText()).isEmpty();
        assertThat(http().get("/contacts").json().get("items").get(0).get("externalSystem").asText()).isEmpty();

        SandboxHttp.Reply update = http().put("/contacts/" + id, Map.of("firstName", "Ada", "lastName", "Lovelace",
                "homePhone", "12135550101", "externalSystem", ""));

        assertThat(update.status()).as(update.text()).isEqualTo(200);
        JsonNode updated = http().get("/contacts/" + id).json();
        assertThat(updated.get("lastName").asText()).isEqualTo("Lovelace");
        assertThat(updated.get("externalSystem").asText()).isEmpty();
        SandboxHttp.Reply roundTrip = http().put("/contacts/" + id, updated);
        assertThat(roundTrip.status()).as("the contact as read, sent back unchanged").isEqualTo(200);
        assertThat(http().post("/contacts", List.of(Map.of("firstName", "Bob", "externalSystem", ""))).status())
                .isEqualTo(200);
    }

    @Test
    void findsContactsNewestFirstWithPaging() {
        long first = create(Map.of("firstName", "one"));
        long second = create(Map.of("firstName", "two"));
        long third = create(Map.of("firstName", "three"));

        JsonNode page = http().get("/contacts?limit=2&offset=1").json();

        assertThat(page.get("totalCount").asInt()).isEqualTo(3);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("offset").asInt()).isEqualTo(1);
        assertThat(ids(page)).containsExactly(second, first);
        assertThat(ids(http().get("/contacts").json())).containsExactly(third, second, first);
    }

    @Test
    void findsContactsByRepeatedIdAndNumber() {
        long home = create(Map.of("homePhone", "12135550101"));
        long work = create(Map.of("workPhone", "12135550102"));
        create(Map.of("mobilePhone", "12135550103"));

        assertThat(ids(http().get("/contacts?id=" + home + "&id=" + work).json())).containsExactly(work, home);
        assertThat(ids(http().get("/contacts?number=12135550101&number=2135550102").json()))
                .containsExactly(work, home);
    }

    @Test
    void findsContactsByPropertyAndValue() {
        long red = create(Map.of("properties", Map.of("team", "red")));
        long blue = create(Map.of("properties", Map.of("team", "blue")));
        create(Map.of("firstName", "none"));

        assertThat(ids(http().get("/contacts?propertyName=team&propertyValue=red").json())).containsExactly(red);
        assertThat(ids(http().get("/contacts?propertyName=team").json())).containsExactly(blue, red);
        assertThat(http().get("/contacts?propertyValue=red").status()).isEqualTo(400);
    }

    @Test
    void findsContactsOnAContactList() {
        long member = create(Map.of("firstName", "member"));
        create(Map.of("firstName", "outsider"));
        long listId = http().post("/contacts/lists", Map.of("name", "L", "contactIds", List.of(member)))
                .json().get("id").asLong();

        assertThat(ids(http().get("/contacts?contactListId=" + listId).json())).containsExactly(member);
        assertThat(http().get("/contacts?contactListId=999").status()).isEqualTo(404);
    }

    @Test
    void updatesAContactReplacingItsFields() {
        long id = create(Map.of("firstName", "Old", "homePhone", "12135550101"));

        SandboxHttp.Reply reply = http().put("/contacts/" + id, Map.of("firstName", "New", "workPhone", "12135550199"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.bytes()).isEmpty();
        JsonNode contact = http().get("/contacts/" + id).json();
        assertThat(contact.get("firstName").asText()).isEqualTo("New");
        assertThat(contact.has("homePhone")).isFalse();
        assertThat(ids(http().get("/contacts?number=12135550199").json())).containsExactly(id);
        assertThat(ids(http().get("/contacts?number=12135550101").json())).isEmpty();
    }

    @Test
    void deletedContactIsHiddenFromFindButStillReadableAsDeleted() {
        long id = create(Map.of("firstName", "Gone", "homePhone", "12135550101"));

        SandboxHttp.Reply reply = http().delete("/contacts/" + id);

        assertThat(reply.status()).isEqualTo(204);
        assertThat(http().get("/contacts").json().get("totalCount").asInt()).isZero();
        assertThat(http().get("/contacts?id=" + id).json().get("items")).isEmpty();
        assertThat(http().get("/contacts/" + id).json().get("deleted").asBoolean()).isTrue();
        assertThat(http().put("/contacts/" + id, Map.of("firstName", "x")).status()).isEqualTo(404);
        assertThat(http().delete("/contacts/" + id).status()).isEqualTo(404);
    }

    @Test
    void answersUnknownAndNonNumericContactIds() {
        assertThat(http().get("/contacts/123").status()).isEqualTo(404);
        assertThat(http().get("/contacts/abc").status()).isEqualTo(400);
        assertThat(http().post("/contacts", Map.of("firstName", "not an array")).status()).isEqualTo(400);
    }

    @Test
    void historyListsTextsExchangedWithTheContact() {
        long id = create(Map.of("mobilePhone", "12135550101"));
        SANDBOX.sandbox().injectInboundText("12135550101", "67076", "hello");
        SANDBOX.sandbox().injectInboundText("12135550101", "67076", "again");

        SandboxHttp.Reply reply = http().get("/contacts/" + id + "/history?limit=1");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode history = reply.json();
        assertThat(history.get("id").asLong()).isEqualTo(id);
        assertThat(history.get("calls")).isEmpty();
        assertThat(history.get("texts")).hasSize(1);
        assertThat(history.get("texts").get(0).get("message").asText()).isEqualTo("again");
        assertThat(http().get("/contacts/" + id + "/history?offset=1").json().get("texts").get(0)
                .get("message").asText()).isEqualTo("hello");
    }

    static List<Long> ids(JsonNode page) {
        return page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }
}
