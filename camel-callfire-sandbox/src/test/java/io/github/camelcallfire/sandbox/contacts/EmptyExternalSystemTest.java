package io.github.camelcallfire.sandbox.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

/** CallFire answers {@code ""} for a contact without an external system, and takes it back on update. */
class EmptyExternalSystemTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    @Test
    void acceptsTheEmptyExternalSystemOnUpdate() {
        SandboxHttp http = new SandboxHttp(SANDBOX.sandbox());
        long id = http.post("/contacts", List.of(Map.of("firstName", "Ada"))).json().get("items").get(0).get("id")
                .asLong();

        SandboxHttp.Reply updated = http.put("/contacts/" + id, Map.of("firstName", "Ada B", "externalSystem", ""));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(http.get("/contacts/" + id).json().get("firstName").asText()).isEqualTo("Ada B");
    }

    @Test
    void stillRefusesAnExternalSystemItDoesNotKnow() {
        SandboxHttp http = new SandboxHttp(SANDBOX.sandbox());

        assertThat(http.post("/contacts", List.of(Map.of("externalSystem", "HUBSPOT"))).status()).isEqualTo(400);
    }
}
