package io.github.camelcallfire.sandbox.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class AccountTest {

    private static final long JUNE_15_2024 = ZonedDateTime.of(2024, 6, 15, 12, 0, 0, 0, ZoneOffset.UTC)
            .toInstant().toEpochMilli();
    private static final long JUNE_1_2024 = ZonedDateTime.of(2024, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC)
            .toInstant().toEpochMilli();
    private static final long MAY_10_2024 = ZonedDateTime.of(2024, 5, 10, 9, 0, 0, 0, ZoneOffset.UTC)
            .toInstant().toEpochMilli();
    private static final long JULY_1_2024 = ZonedDateTime.of(2024, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC)
            .toInstant().toEpochMilli();

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension(
            CallfireSandbox.builder().actionDelayMs(0).initialCredits(5000));

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    private void sendTexts(String... numbers) {
        List<Map<String, String>> recipients = java.util.Arrays.stream(numbers)
                .map(n -> Map.of("phoneNumber", n, "message", "Hello")).toList();
        assertThat(http().post("/texts", recipients).status()).isEqualTo(200);
        // reading the texts lets the zero-delay life cycle finish them (billed on FINISHED)
        assertThat(http().get("/texts").status()).isEqualTo(200);
    }

    @Test
    void showsThePublicAccountShape() {
        SandboxHttp.Reply reply = http().get("/me/account");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode account = reply.json();
        assertThat(account.get("id").asLong()).isEqualTo(AccountStore.ACCOUNT_ID);
        assertThat(account.get("email").asText()).isEqualTo(AccountStore.EMAIL);
        assertThat(account.get("name").asText()).isNotBlank();
        assertThat(account.get("firstName").asText()).isNotBlank();
        assertThat(account.get("lastName").asText()).isNotBlank();
        assertThat(account.get("permissions").toString()).isEqualTo("[\"API\",\"ACCOUNT_HOLDER\"]");
    }

    @Test
    void plansUsageForTheCurrentMonthWithTheInitialCredits() {
        SANDBOX.sandbox().clock().set(JUNE_15_2024);

        SandboxHttp.Reply reply = http().get("/me/billing/plan-usage");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode usage = reply.json();
        assertThat(usage.get("intervalStart").asLong()).isEqualTo(JUNE_1_2024);
        assertThat(usage.get("intervalEnd").asLong()).isEqualTo(JULY_1_2024);
        assertThat(usage.get("remainingPlanCredits").asDouble()).isZero();
        assertThat(usage.get("remainingPayAsYouGoCredits").asDouble()).isEqualTo(5000);
        assertThat(usage.get("totalRemainingCredits").asDouble()).isEqualTo(5000);
    }

    @Test
    void takesSentTextsAndOrdersOffTheRemainingCredits() {
        SANDBOX.sandbox().clock().set(JUNE_15_2024);
        sendTexts("12135551001", "12135551002");
        assertThat(http().post("/orders/numbers", Map.of("localCount", 1)).status()).isEqualTo(201);

        JsonNode usage = http().get("/me/billing/plan-usage").json();

        double textCredits = http().get("/me/billing/credit-usage").json().get("creditsUsed").asDouble();
        assertThat(textCredits).isPositive();
        long expected = Math.round(5000 - textCredits - 50);
        assertThat(usage.get("totalRemainingCredits").asLong()).isEqualTo(expected);
        assertThat(usage.get("remainingPayAsYouGoCredits").asLong()).isEqualTo(expected);
        assertThat(SANDBOX.sandbox().state().store(AccountStore.class).remainingCredits())
                .isEqualTo(5000 - textCredits - 50);
    }

    @Test
    void reportsCreditUsageOfAllTimeByDefault() {
        SANDBOX.sandbox().clock().set(MAY_10_2024);
        sendTexts("12135551001");
        SANDBOX.sandbox().clock().set(JUNE_15_2024);
        SANDBOX.sandbox().clock().freeze();
        sendTexts("12135551002", "12135551003");

        SandboxHttp.Reply reply = http().get("/me/billing/credit-usage");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode usage = reply.json();
        assertThat(usage.get("intervalBegin").asLong()).isZero();
        assertThat(usage.get("intervalEnd").asLong()).isEqualTo(JUNE_15_2024);
        assertThat(usage.get("textsSent").asInt()).isEqualTo(3);
        assertThat(usage.get("callsDurationMinutes").asInt()).isZero();
        assertThat(usage.get("creditsUsed").asDouble()).isPositive();
    }

    @Test
    void reportsCreditUsageOfAGivenInterval() {
        SANDBOX.sandbox().clock().set(JUNE_15_2024);
        sendTexts("12135551001");

        JsonNode before = http().get("/me/billing/credit-usage?intervalBegin=" + JUNE_1_2024 + "&intervalEnd="
                + JUNE_15_2024).json();
        JsonNode including = http().get("/me/billing/credit-usage?intervalBegin=" + JUNE_15_2024
                + "&intervalEnd=" + (JUNE_15_2024 + 1)).json();

        assertThat(before.get("textsSent").asInt()).isZero();
        assertThat(before.get("creditsUsed").asDouble()).isZero();
        assertThat(including.get("intervalBegin").asLong()).isEqualTo(JUNE_15_2024);
        assertThat(including.get("textsSent").asInt()).isEqualTo(1);
    }

    @Test
    void reportsCreditUsageUpToAnEndBeforeTheCurrentBillingPeriod() {
        SANDBOX.sandbox().clock().set(MAY_10_2024);
        sendTexts("12135551001");
        SANDBOX.sandbox().clock().set(JUNE_15_2024);
        sendTexts("12135551002");

        SandboxHttp.Reply reply = http().get("/me/billing/credit-usage?intervalEnd=" + JUNE_1_2024);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode usage = reply.json();
        assertThat(usage.get("intervalBegin").asLong()).isLessThanOrEqualTo(JUNE_1_2024);
        assertThat(usage.get("intervalEnd").asLong()).isEqualTo(JUNE_1_2024);
        assertThat(usage.get("textsSent").asInt()).isEqualTo(1);
        assertThat(usage.get("creditsUsed").asDouble()).isPositive();
        assertThat(usage.get("callsDurationMinutes").asInt()).isZero();
    }

    @Test
    void reportsNoCreditUsageFromABeginInTheFuture() {
        SANDBOX.sandbox().clock().set(JUNE_15_2024);
        sendTexts("12135551001");

        SandboxHttp.Reply reply = http().get("/me/billing/credit-usage?intervalBegin=" + JULY_1_2024);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("intervalBegin").asLong()).isEqualTo(JULY_1_2024);
        assertThat(reply.json().get("intervalEnd").asLong()).isEqualTo(JULY_1_2024);
        assertThat(reply.json().get("textsSent").asInt()).isZero();
    }

    @Test
    void rejectsACreditUsageIntervalThatEndsBeforeItBegins() {
        SandboxHttp.Reply reply = http().get("/me/billing/credit-usage?intervalBegin=2000&intervalEnd=1000");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("intervalBegin").contains("intervalEnd");
        assertThat(http().get("/me/billing/credit-usage?intervalBegin=yesterday").status()).isEqualTo(400);
    }
}
