package io.github.camelcallfire.example;

import io.github.camelcallfire.CallfireConfiguration;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallfireAccountTest {

    @Test
    void runsOnTheSandboxWhenNoCredentialsAreSet() {
        assertThat(CallfireAccount.fromEnvironment(Map.of("CALLFIRE_NUMBER", "12135550000"))).isEmpty();
    }

    @Test
    void usesTheRealApiUnlessABaseUrlIsGiven() {
        CallfireAccount account = CallfireAccount.fromEnvironment(Map.of("CALLFIRE_USERNAME", "u",
                "CALLFIRE_PASSWORD", "p", "CALLFIRE_NUMBER", "12135550000")).orElseThrow();

        assertThat(account.baseUrl()).isEqualTo(CallfireConfiguration.DEFAULT_BASE_URL);
        assertThat(account.number()).isEqualTo("12135550000");
        assertThat(account.toString()).doesNotContain("p,").doesNotContain("password");
    }

    @Test
    void namesTheMissingHalfOfTheCredentials() {
        assertThatThrownBy(() -> CallfireAccount.fromEnvironment(Map.of("CALLFIRE_USERNAME", "u")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CALLFIRE_PASSWORD is missing");
    }

    @Test
    void requiresTheNumberPatientsTextBackTo() {
        assertThatThrownBy(() -> CallfireAccount.fromEnvironment(Map.of("CALLFIRE_USERNAME", "u",
                "CALLFIRE_PASSWORD", "p", "CALLFIRE_NUMBER", "+1 213 555 0000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CALLFIRE_NUMBER must be")
                .hasMessageContaining("'+1 213 555 0000'");
    }
}
