package io.github.camelcallfire.sandbox.contacts;

import static io.github.camelcallfire.sandbox.contacts.ContactsApiTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class ContactListsApiTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    private long createList(Map<String, Object> request) {
        SandboxHttp.Reply reply = http().post("/contacts/lists", request);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().size()).isEqualTo(1);
        return reply.json().get("id").asLong();
    }

    private long createContact(Map<String, Object> contact) {
        return http().post("/contacts", List.of(contact)).json().get("items").get(0).get("id").asLong();
    }

    @Test
    void createsAListFromInlineContactsIdsAndNumbers() {
        long existing = createContact(Map.of("firstName", "Existing"));

        long listId = createList(Map.of("name", "Mixed",
                "contacts", List.of(Map.of("firstName", "Inline", "homePhone", "12135550101")),
                "contactIds", List.of(existing),
                "contactNumbers", List.of("12135550102"), "contactNumbersField", "mobilePhone"));

        JsonNode list = http().get("/contacts/lists/" + listId).json();
        assertThat(list.get("name").asText()).isEqualTo("Mixed");
        assertThat(list.get("size").asInt()).isEqualTo(3);
        assertThat(list.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(list.has("created")).isTrue();
        JsonNode items = http().get("/contacts/lists/" + listId + "/items").json();
        assertThat(items.get("totalCount").asInt()).isEqualTo(3);
        assertThat(items.get("items").findValuesAsText("mobilePhone")).containsExactly("12135550102");
        assertThat(http().get("/contacts").json().get("totalCount").asInt()).isEqualTo(3);
    }

    @Test
    void reusesTheExistingContactOfAListedNumber() {
        long existing = createContact(Map.of("homePhone", "12135550101"));

        long listId = createList(Map.of("name", "Numbers", "contactNumbers", List.of("12135550101")));

        assertThat(ids(http().get("/contacts/lists/" + listId + "/items").json())).containsExactly(existing);
    }

    @Test
    void rejectsBadListRequestsNamingTheProblem() {
        assertThat(http().post("/contacts/lists", Map.of("contactIds", List.of())).json().get("message").asText())
                .contains("name");
        SandboxHttp.Reply field = http().post("/contacts/lists", Map.of("name", "x",
                "contactNumbers", List.of("12135550101"), "contactNumbersField", "faxPhone"));
        assertThat(field.status()).isEqualTo(400);
        assertThat(field.json().get("message").asText()).contains("contactNumbersField");
        assertThat(http().post("/contacts/lists", Map.of("name", "x", "contactIds", List.of(42))).status())
                .isEqualTo(404);
        assertThat(http().get("/contacts/lists").json().get("totalCount").asInt()).isZero();
    }

    @Test
    void findsListsByNameNewestFirst() {
        long customers = createList(Map.of("name", "Customers"));
        long vip = createList(Map.of("name", "VIP customers"));
        createList(Map.of("name", "Staff"));

        SandboxHttp.Reply reply = http().get("/contacts/lists?name=customers");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ids(reply.json())).containsExactly(vip, customers);
        assertThat(ids(http().get("/contacts/lists?name=Customers&exactMatch=true").json())).containsExactly(customers);
        assertThat(http().get("/contacts/lists").json().get("totalCount").asInt()).isEqualTo(3);
    }

    @Test
    void renamesAList() {
        long listId = createList(Map.of("name", "Old"));

        SandboxHttp.Reply reply = http().put("/contacts/lists/" + listId, Map.of("name", "New"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(http().get("/contacts/lists/" + listId).json().get("name").asText()).isEqualTo("New");
        assertThat(http().put("/contacts/lists/" + listId, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void deletesAList() {
        long listId = createList(Map.of("name", "Doomed"));

        assertThat(http().delete("/contacts/lists/" + listId).status()).isEqualTo(204);
        assertThat(http().get("/contacts/lists/" + listId).status()).isEqualTo(404);
        assertThat(http().delete("/contacts/lists/" + listId).status()).isEqualTo(404);
    }

    @Test
    void addsAndRemovesItems() {
        long a = createContact(Map.of("firstName", "a"));
        long b = createContact(Map.of("firstName", "b"));
        long c = createContact(Map.of("firstName", "c"));
        long listId = createList(Map.of("name", "L"));

        SandboxHttp.Reply added = http().post("/contacts/lists/" + listId + "/items",
                Map.of("contactIds", List.of(a, b, c)));
        assertThat(added.status()).isEqualTo(200);
        assertThat(ids(http().get("/contacts/lists/" + listId + "/items?limit=2").json())).containsExactly(c, b);

        SandboxHttp.Reply removed = http().delete("/contacts/lists/" + listId + "/items?contactId=" + a
                + "&contactId=" + b);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(ids(http().get("/contacts/lists/" + listId + "/items").json())).containsExactly(c);

        assertThat(http().delete("/contacts/lists/" + listId + "/items/" + c).status()).isEqualTo(204);
        assertThat(http().get("/contacts/lists/" + listId).json().get("size").asInt()).isZero();
        assertThat(http().delete("/contacts/lists/" + listId + "/items/" + c).status()).isEqualTo(404);
        assertThat(http().delete("/contacts/lists/" + listId + "/items").status()).isEqualTo(400);
    }

    @Test
    void deletingAContactTakesItOffItsLists() {
        long contact = createContact(Map.of("firstName", "a"));
        long listId = createList(Map.of("name", "L", "contactIds", List.of(contact)));

        http().delete("/contacts/" + contact);

        assertThat(http().get("/contacts/lists/" + listId).json().get("size").asInt()).isZero();
    }

    @Test
    void createsAListFromACsvUploadWithCustomFields() {
        String csv = "firstName,lastName,mobilePhone,zipcode,Favourite Color\n"
                + "Ada,Lovelace,12135550101,90001,\"blue, light\"\r\n"
                + "\n"
                + "\"Bob \"\"B\"\"\",Smith,12135550102,90002,red\n";

        SandboxHttp.Reply reply = http().postMultipart("/contacts/lists/upload",
                Map.of("name", "Uploaded", "useCustomFields", "true"), "contacts.csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(200);
        long listId = reply.json().get("id").asLong();
        assertThat(http().get("/contacts/lists/" + listId).json().get("size").asInt()).isEqualTo(2);
        JsonNode items = http().get("/contacts/lists/" + listId + "/items").json().get("items");
        JsonNode bob = items.get(0);
        JsonNode ada = items.get(1);
        assertThat(bob.get("firstName").asText()).isEqualTo("Bob \"B\"");
        assertThat(ada.get("zipcode").asText()).isEqualTo("90001");
        assertThat(ada.get("properties").get("Favourite Color").asText()).isEqualTo("blue, light");
    }

    @Test
    void mergesCsvRowsSharingAPhoneNumberIntoOneContact() {
        String csv = "firstName,lastName,homePhone,mobilePhone,Team\n"
                + "Ada,,12135550101,,red\n"
                + "Bob,Smith,12135550102,,blue\n"
                + ",Lovelace,,12135550101,green\n"
                + "Bobby,,12135550102,12135550109,\n";

        long listId = http().postMultipart("/contacts/lists/upload", Map.of("name", "Merged", "useCustomFields",
                "true"), "dup.csv", csv.getBytes(StandardCharsets.UTF_8)).json().get("id").asLong();

        assertThat(http().get("/contacts/lists/" + listId).json().get("size").asInt()).isEqualTo(2);
        JsonNode items = http().get("/contacts/lists/" + listId + "/items").json();
        assertThat(items.get("totalCount").asInt()).isEqualTo(2);
        assertThat(http().get("/contacts?number=12135550101").json().get("totalCount").asInt()).isEqualTo(1);
        JsonNode ada = http().get("/contacts?number=12135550101").json().get("items").get(0);
        assertThat(ada.get("firstName").asText()).isEqualTo("Ada");
        assertThat(ada.get("lastName").asText()).isEqualTo("Lovelace");
        assertThat(ada.get("homePhone").asText()).isEqualTo("12135550101");
        assertThat(ada.get("mobilePhone").asText()).isEqualTo("12135550101");
        assertThat(ada.get("properties").get("Team").asText()).isEqualTo("green");
        JsonNode bob = http().get("/contacts?number=12135550102").json().get("items").get(0);
        assertThat(bob.get("firstName").asText()).isEqualTo("Bobby");
        assertThat(bob.get("lastName").asText()).isEqualTo("Smith");
        assertThat(bob.get("mobilePhone").asText()).isEqualTo("12135550109");
        assertThat(bob.get("properties").get("Team").asText()).isEqualTo("blue");
        assertThat(http().get("/contacts").json().get("totalCount").asInt()).isEqualTo(2);
    }

    @Test
    void csvUploadMakesNewContactsEvenForNumbersAlreadyStored() {
        long stored = createContact(Map.of("firstName", "Stored", "homePhone", "12135550101"));

        long listId = http().postMultipart("/contacts/lists/upload", Map.of("name", "Again"), "again.csv",
                "firstName,homePhone\nUploaded,12135550101\n".getBytes(StandardCharsets.UTF_8)).json().get("id")
                .asLong();

        JsonNode item = http().get("/contacts/lists/" + listId + "/items").json().get("items").get(0);
        assertThat(item.get("id").asLong()).isNotEqualTo(stored);
        assertThat(http().get("/contacts?number=12135550101").json().get("totalCount").asInt()).isEqualTo(2);
    }

    @Test
    void namesUnknownCsvColumnsByLetterWithoutCustomFields() {
        String csv = "homePhone,Shoe size\n12135550101,42\n";

        long listId = http().postMultipart("/contacts/lists/upload", Map.of("name", "Letters"), "c.csv",
                csv.getBytes(StandardCharsets.UTF_8)).json().get("id").asLong();

        JsonNode contact = http().get("/contacts/lists/" + listId + "/items").json().get("items").get(0);
        assertThat(contact.get("properties").get("B").asText()).isEqualTo("42");
    }

    @Test
    void rejectsMalformedCsvUploadsNamingTheProblem() {
        assertThat(upload("a,b\n\"unclosed,1\n").json().get("message").asText()).contains("never closed");
        assertThat(upload("firstName\nAda,extra\n").json().get("message").asText()).contains("line 2");
        assertThat(upload("").json().get("message").asText()).contains("file");
        SandboxHttp.Reply missingFile = http().postMultipart("/contacts/lists/upload", Map.of("name", "x"), null, null);
        assertThat(missingFile.status()).isEqualTo(400);
        assertThat(missingFile.json().get("message").asText()).contains("file");
        assertThat(http().get("/contacts/lists").json().get("totalCount").asInt()).isZero();
    }

    private SandboxHttp.Reply upload(String csv) {
        SandboxHttp.Reply reply = http().postMultipart("/contacts/lists/upload", Map.of("name", "Bad"), "bad.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(400);
        return reply;
    }
}
