package io.github.camelcallfire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.sandbox.control.Recording;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The everyday read → modify → update through the producer, against a sandbox answering like a newer CallFire:
 * {@code ""} and enum values this version does not know, fields no model has. What arrives at the sandbox is what
 * it answered, with only the change made.
 */
class ForwardCompatibilityTest extends CallfireTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ONE_CONTACT = "/v2/contacts/\\d+";

    private long createContact(String firstName, String phone) {
        Contact contact = new Contact();
        contact.setFirstName(firstName);
        contact.setHomePhone(phone);
        ItemList<?> ids = template.requestBody("callfire:contacts/create", List.of(contact), ItemList.class);
        return ((ResourceId) ids.getItems().get(0)).getId();
    }

    @Test
    void updateSendsBackTheEmptyExternalSystemAndFieldsNoModelKnows() throws Exception {
        long id = createContact("Ada", "12135551701");
        sandbox().addAnswerFields("GET", ONE_CONTACT, Map.of("externalSystem", "",
                "loyalty", Map.of("tier", 2, "since", 1700000000000L, "badges", List.of("early", 7)),
                "consentChannel", "sms", "score", 12.50));
        Recording updates = sandbox().record("PUT", ONE_CONTACT);
        ObjectNode answered = (ObjectNode) rawAnswer("/contacts/" + id);

        Contact contact = template.requestBody("callfire:contacts/get?id=" + id, null, Contact.class);
        assertThat(contact.getExternalSystem()).isEqualTo(ExternalSystem.UNKNOWN);
        assertThat(contact.getRawExternalSystem()).isEmpty();
        assertThat(contact.getUnknownFields()).containsOnlyKeys("loyalty", "consentChannel", "score");
        contact.setFirstName("Ada B");
        template.requestBody("callfire:contacts/update?id=" + id, contact);

        assertThat(updates.bodies()).containsExactly(answered.put("firstName", "Ada B"));
        assertThat(template.requestBody("callfire:contacts/get?id=" + id, null, Contact.class).getFirstName())
                .isEqualTo("Ada B");
    }

    @Test
    void anEnumValueThisVersionDoesNotKnowArrivesAsCallfireSentIt() throws Exception {
        long id = createContact("Bo", "12135551702");
        sandbox().addAnswerFields("GET", ONE_CONTACT, Map.of("externalSystem", "HUBSPOT"));
        Recording updates = sandbox().record("PUT", ONE_CONTACT);
        ObjectNode answered = (ObjectNode) rawAnswer("/contacts/" + id);

        Contact contact = template.requestBody("callfire:contacts/get?id=" + id, null, Contact.class);
        assertThat(contact.getExternalSystem()).isEqualTo(ExternalSystem.UNKNOWN);
        contact.setLastName("Quill");

        // this sandbox knows today's values only and refuses HUBSPOT: by name, so "UNKNOWN" was never sent
        assertThatThrownBy(() -> template.requestBody("callfire:contacts/update?id=" + id, contact))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(CallfireApiException.class)
                .hasMessageContaining("HUBSPOT");
        assertThat(updates.bodies()).containsExactly(answered.put("lastName", "Quill"));
    }

    @Test
    void itemsOfAPageKeepTheirFieldsThroughAnUpdate() throws Exception {
        long id = createContact("Cy", "12135551703");
        sandbox().addAnswerFields("GET", "/v2/contacts", Map.of("externalSystem", "", "segment", Map.of("id", 9)));
        Recording updates = sandbox().record("PUT", ONE_CONTACT);

        Page<?> page = template.requestBody("callfire:contacts/find?number=12135551703", null, Page.class);
        Contact contact = (Contact) page.getItems().get(0);
        contact.setZipcode("90210");
        template.requestBody("callfire:contacts/update?id=" + id, contact);

        JsonNode sent = updates.bodies().get(0);
        assertThat(sent.get("externalSystem").isTextual()).isTrue();
        assertThat(sent.get("externalSystem").asText()).isEmpty();
        assertThat(sent.get("segment")).isEqualTo(JSON.readTree("{\"id\":9}"));
        assertThat(sent.get("zipcode").asText()).isEqualTo("90210");
    }

    /** The sandbox's answer as JSON, read past the component: what CallFire sent. */
    private static JsonNode rawAnswer(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((sandbox().username() + ":" + sandbox().password())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox().baseUrl() + path))
                .header("Authorization", "Basic " + basic).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
