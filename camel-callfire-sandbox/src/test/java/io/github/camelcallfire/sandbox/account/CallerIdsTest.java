package io.github.camelcallfire.sandbox.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class CallerIdsTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    /** The code a real verification call would speak, read through the control API. */
    private String pendingCode(String number) {
        SandboxHttp.Reply reply = http().control("GET", "/callerids/" + number + "/code", null);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("code").asText();
    }

    @Test
    void startsWithOneVerifiedCallerId() {
        SandboxHttp.Reply reply = http().get("/me/callerids");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().toString()).isEqualTo("{\"items\":[{\"phoneNumber\":\"12132000384\"}]}");
    }

    @Test
    void verifiesACallerIdWithTheCodeItWasSent() {
        SandboxHttp.Reply send = http().post("/me/callerids/13105550123", null);
        assertThat(send.status()).isEqualTo(200);
        assertThat(send.bytes()).isEmpty();
        String code = pendingCode("13105550123");
        assertThat(code).matches("\\d{4}");

        SandboxHttp.Reply verify = http().post("/me/callerids/13105550123/verification-code",
                Map.of("verificationCode", code));

        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().isBoolean()).isTrue();
        assertThat(verify.json().booleanValue()).isTrue();
        assertThat(http().get("/me/callerids").json().get("items").findValuesAsText("phoneNumber"))
                .containsExactly("12132000384", "13105550123");
        assertThat(SANDBOX.sandbox().state().store(CallerIdStore.class).isVerified("3105550123")).isTrue();
    }

    @Test
    void answersFalseToAWrongCodeAndKeepsTheCallerIdUnverified() {
        http().post("/me/callerids/3105550123", null);
        String wrong = pendingCode("13105550123").equals("0000") ? "1111" : "0000";

        SandboxHttp.Reply verify = http().post("/me/callerids/13105550123/verification-code",
                Map.of("verificationCode", wrong));

        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().booleanValue()).isFalse();
        JsonNode items = http().get("/me/callerids").json().get("items");
        assertThat(items.findValuesAsText("phoneNumber")).containsExactly("12132000384");
        assertThat(SANDBOX.sandbox().pendingVerificationCode("13105550123")).isPresent();
    }

    @Test
    void refusesVerificationWhenNoCodeWasRequested() {
        SandboxHttp.Reply reply = http().post("/me/callerids/13105550199/verification-code",
                Map.of("verificationCode", "1234"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("No verification code").contains("13105550199");
        assertThat(http().control("GET", "/callerids/13105550199/code", null).status()).isEqualTo(404);
    }

    @Test
    void verifyingAnAlreadyVerifiedCallerIdAnswersTrue() {
        SandboxHttp.Reply seeded = http().post("/me/callerids/12132000384/verification-code",
                Map.of("verificationCode", "1234"));

        assertThat(seeded.status()).isEqualTo(200);
        assertThat(seeded.json().isBoolean()).isTrue();
        assertThat(seeded.json().booleanValue()).isTrue();

        http().post("/me/callerids/13105550123", null);
        String code = pendingCode("13105550123");
        assertThat(http().post("/me/callerids/13105550123/verification-code", Map.of("verificationCode", code))
                .json().booleanValue()).isTrue();
        String other = code.equals("1234") ? "4321" : "1234";
        assertThat(http().post("/me/callerids/3105550123/verification-code", Map.of("verificationCode", other))
                .json().booleanValue()).isTrue();
        assertThat(http().get("/me/callerids").json().get("items").findValuesAsText("phoneNumber"))
                .containsExactly("12132000384", "13105550123");
    }

    @Test
    void refusesToSendACodeToACallerIdThatIsAlreadyVerified() {
        SandboxHttp.Reply reply = http().post("/me/callerids/12132000384", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("that is already verified");
        assertThat(SANDBOX.sandbox().pendingVerificationCode("12132000384")).isEmpty();
    }

    @Test
    void acceptsTheCodeAsAJsonNumber() {
        http().post("/me/callerids/13105550123", null);
        String code = pendingCode("13105550123");

        SandboxHttp.Reply verify = http().post("/me/callerids/13105550123/verification-code",
                "{\"verificationCode\":" + Integer.parseInt(code) + "}");

        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().booleanValue()).isTrue();
    }

    @Test
    void refusesACallerIdThatIsNotAPhoneNumber() {
        SandboxHttp.Reply reply = http().post("/me/callerids/12345", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("10 or 11 digits");
    }

    @Test
    void requiresTheVerificationCodeInTheBody() {
        http().post("/me/callerids/13105550123", null);

        SandboxHttp.Reply reply = http().post("/me/callerids/13105550123/verification-code", Map.of("code", "1"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("verificationCode");
    }
}
