package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AccountAndPlatformModelTest {

    static List<ModelSample> samples() {
        return List.of(
                ModelSample.of(Account.class, """
                        {"id":1,"email":"ops@example.test","name":"Example Co","firstName":"Ada","lastName":"Lovelace",
                         "permissions":["API","ACCOUNT_HOLDER"]}
                        """),
                ModelSample.of(ApiCredential.class, """
                        {"id":3,"name":"ci","enabled":true,"username":"a6343cc4edd6","password":"****aa00"}
                        """),
                ModelSample.of(CallerId.class, """
                        {"phoneNumber":"12132000384"}
                        """),
                ModelSample.of(CallerIdVerificationRequest.class, """
                        {"verificationCode":"4821"}
                        """),
                ModelSample.of(CreditUsage.class, """
                        {"intervalBegin":1698796800000,"intervalEnd":1701388800000,"callsDurationMinutes":42,
                         "textsSent":310,"creditsUsed":55.5}
                        """),
                ModelSample.of(BillingPlanUsage.class, """
                        {"intervalStart":1698796800000,"intervalEnd":1701388800000,"remainingPlanCredits":100.0,
                         "remainingPayAsYouGoCredits":20.5,"totalRemainingCredits":120.5}
                        """),
                ModelSample.of(ErrorMessage.class, """
                        {"httpStatusCode":404,"internalCode":0,"message":"Text 5 not found",
                         "developerMessage":"No text with id 5 in this account","helpLink":"https://example.test/help"}
                        """),
                ModelSample.of(ResourceId.class, """
                        {"id":11646003}
                        """),
                ModelSample.of(Webhook.class, """
                        {"id":12,"name":"inbound","resource":"InboundText","events":["Finished"],
                         "callback":"https://hooks.example.test/cf","secret":"s3cr3t","enabled":true,
                         "nonStrictSsl":false,"fields":"id,message","singleUse":false,"createdAt":1700000000000,
                         "updatedAt":1700000001000,"expiresAt":1800000000000}
                        """),
                ModelSample.of(WebhookResource.class, """
                        {"resource":"TextBroadcast","supportedEvents":["Started","Stopped","Finished"]}
                        """),
                ModelSample.of(DeliveryReport.class, """
                        {"campaignId":42,"fromNumber":"67076","toNumber":"12135551100","messageText":"Hi",
                         "carrier":"Verizon","updated":"2024-05-01T10:15:30Z","deliveryCategory":"DELIVERED",
                         "deliveryState":"SEND_WITH_ADDITIONAL_SPID"}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void roundTripsThroughJacksonUnchanged(ModelSample sample) throws Exception {
        RoundTrip.assertUnchanged(sample);
    }

    @Test
    void masksApiPasswordInToString() throws Exception {
        ApiCredential credential = MAPPER.readValue(
                "{\"id\":3,\"username\":\"a6343cc4edd6\",\"password\":\"clear-secret\"}", ApiCredential.class);

        assertThat(credential.toString())
                .doesNotContain("clear-secret")
                .isEqualTo("ApiCredential{id=3, username=a6343cc4edd6, password=****}");
        assertThat(credential.getPassword()).isEqualTo("clear-secret");
    }

    @Test
    void masksWebhookSecretInToString() throws Exception {
        Webhook webhook = MAPPER.readValue("{\"name\":\"inbound\",\"secret\":\"hmac-key\"}", Webhook.class);

        assertThat(webhook.toString()).doesNotContain("hmac-key").contains("secret=****");
    }

    @Test
    void readsNumericStringInternalCodeAsInteger() throws Exception {
        ErrorMessage error = MAPPER.readValue(
                "{\"httpStatusCode\":400,\"internalCode\":\"1234\",\"message\":\"bad number\"}", ErrorMessage.class);

        assertThat(error.getInternalCode()).isEqualTo(1234);
        assertThat(error.getHttpStatusCode()).isEqualTo(400);
    }

    @Test
    void readsAccountPermissions() throws Exception {
        Account account = MAPPER.readValue("{\"permissions\":[\"AGENT\",\"SUPERVISOR\"]}", Account.class);

        assertThat(account.getPermissions()).containsExactly(Permission.AGENT, Permission.UNKNOWN);
    }

    @Test
    void resourceIdsWithTheSameIdAreEqual() throws Exception {
        assertThat(MAPPER.readValue("{\"id\":7}", ResourceId.class)).isEqualTo(ResourceId.of(7L));
    }
}
