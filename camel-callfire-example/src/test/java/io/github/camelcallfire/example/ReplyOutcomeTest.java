package io.github.camelcallfire.example;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyOutcomeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "YES|CONFIRMED", "yes!|CONFIRMED", "' Yes. '|CONFIRMED",
            "STOP|OPTED_OUT", "stop|OPTED_OUT",
            "Can I come at 3pm instead?|HELP", "yes please|HELP", "''|HELP"})
    void readsTheKeywordAsHandsetsSendIt(String message, ReplyOutcome expected) {
        assertThat(ReplyOutcome.of(message)).isEqualTo(expected);
    }
}
