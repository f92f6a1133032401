package io.github.camelcallfire.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class DispatcherTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    private static void assertErrorBody(SandboxHttp.Reply reply, int status) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body.get("httpStatusCode").asInt()).isEqualTo(status);
        assertThat(body.get("internalCode").isInt()).isTrue();
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.get("developerMessage").asText()).isNotBlank();
        assertThat(body.get("helpLink").asText()).startsWith("https://");
    }

    @Test
    void refusesMissingCredentialsWith401() {
        SandboxHttp.Reply reply = http().withoutAuth().get("/texts");
        assertErrorBody(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void refusesWrongPasswordWith401() {
        assertErrorBody(http().withCredentials(SANDBOX.sandbox().username(), "wrong").get("/texts"), 401);
    }

    @Test
    void answersUnknownPathWith404() {
        assertErrorBody(http().get("/no-such-thing"), 404);
    }

    @Test
    void answersPathOutsideTheApiWith404() {
        SandboxHttp.Reply reply = http().control("GET", "/../v3/texts", null);
        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void answersWrongMethodWith405AndAllowHeader() {
        SandboxHttp.Reply reply = http().delete("/texts");
        assertErrorBody(reply, 405);
        assertThat(reply.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void answersMalformedJsonWith400() {
        SandboxHttp.Reply reply = http().postRaw("/texts", "[{\"phoneNumber\": ", "application/json");
        assertErrorBody(reply, 400);
        assertThat(reply.json().get("message").asText()).contains("Malformed JSON");
    }

    @Test
    void answersNegativeLimitWith400NamingTheParameter() {
        SandboxHttp.Reply reply = http().get("/texts?limit=-1");
        assertErrorBody(reply, 400);
        assertThat(reply.json().get("message").asText()).contains("limit");
    }

    @Test
    void clampsLimitTo1000() {
        JsonNode page = http().get("/contacts?limit=5000").json();
        assertThat(page.get("limit").asInt()).isEqualTo(1000);
        assertThat(page.get("offset").asInt()).isZero();
        assertThat(page.get("totalCount").asLong()).isZero();
        assertThat(page.get("items").isArray()).isTrue();
    }
}
