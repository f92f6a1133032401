package io.github.camelcallfire.sandbox.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class ApiCredentialsTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    private JsonNode create(String name) {
        SandboxHttp.Reply reply = http().post("/me/api/credentials", Map.of("name", name));
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void createsAnEnabledCredentialAndShowsItsPasswordOnce() {
        JsonNode created = create("ci-server");

        assertThat(created.get("id").asLong()).isPositive();
        assertThat(created.get("name").asText()).isEqualTo("ci-server");
        assertThat(created.get("enabled").asBoolean()).isTrue();
        assertThat(created.get("username").asText()).matches("[0-9a-f]{12}");
        String password = created.get("password").asText();
        assertThat(password).hasSize(16).doesNotContain("*");

        JsonNode fetched = http().get("/me/api/credentials/" + created.get("id").asLong()).json();
        assertThat(fetched.get("username").asText()).isEqualTo(created.get("username").asText());
        assertThat(fetched.get("password").asText()).isEqualTo("****" + password.substring(12));
    }

    @Test
    void letsANewCredentialCallTheApiWhileItIsEnabled() {
        JsonNode created = create("app");
        long id = created.get("id").asLong();
        SandboxHttp asApp = http().withCredentials(created.get("username").asText(), created.get("password").asText());

        assertThat(asApp.get("/me/account").status()).isEqualTo(200);

        assertThat(http().post("/me/api/credentials/" + id + "/disable", null).status()).isEqualTo(200);
        assertThat(http().get("/me/api/credentials/" + id).json().get("enabled").asBoolean()).isFalse();
        assertThat(asApp.get("/me/account").status()).isEqualTo(401);

        assertThat(http().post("/me/api/credentials/" + id + "/enable", null).status()).isEqualTo(200);
        assertThat(http().get("/me/api/credentials/" + id).json().get("enabled").asBoolean()).isTrue();
        assertThat(asApp.get("/me/account").status()).isEqualTo(200);

        assertThat(http().withCredentials(created.get("username").asText(), "wrong").get("/me/account").status())
                .isEqualTo(401);
    }

    @Test
    void letsAnApiCredentialManageApiCredentialsToo() {
        JsonNode created = create("app");
        SandboxHttp asApp = http().withCredentials(created.get("username").asText(), created.get("password").asText());

        // live CallFire wants the account's own login here; the sandbox has one login for both
        assertThat(asApp.get("/me/api/credentials").status()).isEqualTo(200);
        assertThat(asApp.post("/me/api/credentials", Map.of("name", "second")).status()).isEqualTo(200);
    }

    @Test
    void listsCredentialsNewestFirstWithMaskedPasswords() {
        create("first");
        create("second");

        SandboxHttp.Reply reply = http().get("/me/api/credentials");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.get("totalCount").asInt()).isEqualTo(2);
        assertThat(page.get("limit").asInt()).isEqualTo(100);
        assertThat(page.get("items").findValuesAsText("name")).containsExactly("second", "first");
        assertThat(page.get("items").findValuesAsText("password")).allMatch(p -> p.matches("\\*{4}.{4}"));
        assertThat(http().get("/me/api/credentials?name=SEC").json().get("items").findValuesAsText("name"))
                .containsExactly("second");
    }

    @Test
    void deletesACredentialAndItsAccess() {
        JsonNode created = create("temporary");
        long id = created.get("id").asLong();

        SandboxHttp.Reply reply = http().delete("/me/api/credentials/" + id);

        assertThat(reply.status()).isEqualTo(204);
        assertThat(http().get("/me/api/credentials/" + id).status()).isEqualTo(404);
        assertThat(http().withCredentials(created.get("username").asText(), created.get("password").asText())
                .get("/me/account").status()).isEqualTo(401);
        assertThat(http().delete("/me/api/credentials/" + id).status()).isEqualTo(404);
    }

    @Test
    void requiresANameToCreate() {
        SandboxHttp.Reply reply = http().post("/me/api/credentials", Map.of("name", " "));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("name");
        assertThat(http().get("/me/api/credentials").json().get("totalCount").asInt()).isZero();
    }

    @Test
    void answersUnknownCredentialWith404() {
        assertThat(http().get("/me/api/credentials/12345").status()).isEqualTo(404);
        assertThat(http().post("/me/api/credentials/12345/enable", null).status()).isEqualTo(404);
        assertThat(http().get("/me/api/credentials/abc").status()).isEqualTo(400);
    }
}
