package io.github.camelcallfire.operations;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.model.Account;
import io.github.camelcallfire.model.ApiCredential;
import io.github.camelcallfire.model.BillingPlanUsage;
import io.github.camelcallfire.model.CallerId;
import io.github.camelcallfire.model.CallerIdVerificationRequest;
import io.github.camelcallfire.model.CreditUsage;
import io.github.camelcallfire.model.Text;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The account, its billing, API credentials and caller ids. */
class AccountOperationsTest extends OperationsTestSupport {

    private static final String VERIFIED_CALLER_ID = "12132000384";

    @Test
    void accountAndBillingReflectWhatWasSent() {
        BillingPlanUsage before = call("callfire:account/get-plan-usage", null, BillingPlanUsage.class);
        itemList("callfire:texts/send?sendResult=FULL&toNumber=12135551901", "Billed text", Text.class);

        assertThat(call("callfire:account/get", null, Account.class).getEmail()).isNotBlank();
        CreditUsage usage = call("callfire:account/get-credit-usage", null, CreditUsage.class);
        assertThat(usage.getTextsSent()).isEqualTo(1);
        assertThat(usage.getCreditsUsed()).isPositive();
        assertThat(call("callfire:account/get-plan-usage", null, BillingPlanUsage.class).getTotalRemainingCredits())
                .isLessThan(before.getTotalRemainingCredits());
    }

    @Test
    void createdApiCredentialAuthenticatesUntilDeleted() throws Exception {
        ApiCredential request = new ApiCredential();
        request.setName("ci");
        ApiCredential created = call("callfire:api-credentials/create", request, ApiCredential.class);
        assertThat(created.getUsername()).isNotBlank();
        assertThat(created.getPassword()).isNotBlank();

        assertThat(call("callfire:api-credentials/get?id=" + created.getId(), null, ApiCredential.class).getName())
                .isEqualTo("ci");
        assertThat(page("callfire:api-credentials/find?name=ci", ApiCredential.class))
                .extracting(ApiCredential::getId).containsExactly(created.getId());
        assertThat(accountAs(created)).isNotNull();

        act("callfire:api-credentials/delete?id=" + created.getId(), null);

        assertNotFound("callfire:api-credentials/get?id=" + created.getId());
    }

    @Test
    void callerIdIsVerifiedWithTheCodeTheCallSpoke() {
        String number = "12135551902";
        assertThat(itemList("callfire:caller-ids/find", null, CallerId.class)).extracting(CallerId::getPhoneNumber)
                .containsExactly(VERIFIED_CALLER_ID);

        act("callfire:caller-ids/send-verification-code?callerid=" + number, null);
        CallerIdVerificationRequest wrong = new CallerIdVerificationRequest();
        wrong.setVerificationCode("000000".equals(code(number)) ? "111111" : "000000");
        assertThat(call("callfire:caller-ids/verify?callerid=" + number, wrong, Boolean.class)).isFalse();
        CallerIdVerificationRequest right = new CallerIdVerificationRequest();
        right.setVerificationCode(code(number));

        assertThat(call("callfire:caller-ids/verify?callerid=" + number, right, Boolean.class)).isTrue();
        assertThat(itemList("callfire:caller-ids/find", null, CallerId.class)).extracting(CallerId::getPhoneNumber)
                .containsExactlyInAnyOrder(VERIFIED_CALLER_ID, number);
    }

    private static String code(String number) {
        return sandbox().pendingVerificationCode(number).orElseThrow();
    }

    /** The account as seen by a second component that logs in with the credential. */
    private static Account accountAs(ApiCredential credential) throws Exception {
        CallfireComponent component = component(sandbox());
        component.getConfiguration().setUsername(credential.getUsername());
        component.getConfiguration().setPassword(credential.getPassword());
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("callfire", component);
            camel.start();
            return camel.createProducerTemplate().requestBody("callfire:account/get", null, Account.class);
        }
    }
}
