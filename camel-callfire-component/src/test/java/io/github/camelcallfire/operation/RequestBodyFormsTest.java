package io.github.camelcallfire.operation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelcallfire.model.Contact;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.sandbox.control.Recording;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.github.camelcallfire.operation.CallfireOperation.CREATE_CONTACTS;
import static io.github.camelcallfire.operation.SandboxEngine.arguments;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms a JSON body may take (a model object, a List, its JSON as String, byte[] or InputStream) all arrive as the
 * same JSON; a single object for an operation that takes an array arrives as an array of one.
 */
class RequestBodyFormsTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private static final String ADA = "[{\"firstName\":\"Ada\",\"mobilePhone\":\"12135554001\"}]";

    private SandboxEngine engine;
    private Recording creates;

    @BeforeEach
    void start() {
        engine = SandboxEngine.on(SANDBOX.sandbox());
        creates = SANDBOX.sandbox().record("POST", "/v2/contacts");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    /* guards the wrapping of a single element for a JSON-array operation */
    @Test
    void aSingleObjectForAnArrayOperationIsSentAsAnArrayOfOne() {
        assertCreatesAda(ada());
    }

    @Test
    void aListIsSentAsItIs() {
        assertCreatesAda(List.of(ada()));
    }

    @Test
    void jsonTextIsSentAsItIs() {
        assertCreatesAda(ADA);
    }

    @Test
    void jsonBytesAreSentAsTheyAre() {
        assertCreatesAda(ADA.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aJsonStreamIsSentAsItIs() {
        assertCreatesAda(new ByteArrayInputStream(ADA.getBytes(StandardCharsets.UTF_8)));
    }

    private void assertCreatesAda(Object body) {
        CallfireResult result = engine.executor.execute(CREATE_CONTACTS, arguments(CREATE_CONTACTS), body);

        assertThat(((ItemList<?>) result.body()).getItems()).hasSize(1);
        assertThat(creates.bodies()).hasSize(1);
        JsonNode sent = creates.bodies().get(0);
        assertThat(sent.isArray()).as("sent %s", sent).isTrue();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("firstName").asText()).isEqualTo("Ada");
        assertThat(sent.get(0).get("mobilePhone").asText()).isEqualTo("12135554001");
    }

    private static Contact ada() {
        Contact contact = new Contact();
        contact.setFirstName("Ada");
        contact.setMobilePhone("12135554001");
        return contact;
    }
}
