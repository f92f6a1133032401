package io.github.camelcallfire.poll;

import org.junit.jupiter.api.Test;

import static io.github.camelcallfire.poll.InboundTexts.FIELDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a consumer begins: startFrom parsed, and the rule restored from saved state or built from startFrom. */
class StartAndRestoreTest {

    private static final long NOW = 1_700_000_000_000L;
    private static final long MAY_2024 = 1_714_521_600_000L;

    @Test
    void parsesNowAndBeginningInAnyCaseWithBlanks() {
        StartFrom now = StartFrom.parse(" now ");
        assertThat(now.kind()).isEqualTo(StartFrom.Kind.NOW);
        assertThat(now.floor(NOW)).isEqualTo(NOW);
        StartFrom beginning = StartFrom.parse("Beginning");
        assertThat(beginning.kind()).isEqualTo(StartFrom.Kind.BEGINNING);
        assertThat(beginning.floor(NOW)).isZero();
    }

    @Test
    void parsesAnInstantAsEpochMillisecondsOrIso8601() {
        assertThat(StartFrom.parse("1714521600000")).isEqualTo(new StartFrom(StartFrom.Kind.INSTANT, MAY_2024));
        assertThat(StartFrom.parse("2024-05-01T00:00:00Z").epochMillis()).isEqualTo(MAY_2024);
        assertThat(StartFrom.parse("2024-05-01T02:00:00+02:00").epochMillis()).isEqualTo(MAY_2024);
        // a leap second: Instant reads it, OffsetDateTime does not
        assertThat(StartFrom.parse("2016-12-31T23:59:60Z").epochMillis()).isEqualTo(1_483_228_799_000L);
        assertThat(StartFrom.parse("1714521600000").floor(NOW)).isEqualTo(MAY_2024);
        assertThat(StartFrom.parse("0").floor(NOW)).isZero();
    }

    @Test
    void refusesAnythingElseSayingWhatIsValid() {
        for (String value : new String[] {null, "", "  ", "12x", "-5", "yesterday", "2024-05-01"}) {
            assertThatThrownBy(() -> StartFrom.parse(value)).as(String.valueOf(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Option startFrom must be NOW, BEGINNING, epoch milliseconds or an "
                            + "ISO-8601 timestamp");
        }
    }

    @Test
    void aFreshCreationRuleStartsAtTheFloorOfStartFrom() {
        assertThat(restore(true, "BEGINNING", null).encode()).isEqualTo("t2|0|0|-|0|-|");
        assertThat(restore(true, "NOW", null).encode()).isEqualTo("t2|" + NOW + "|" + NOW + "|-|" + NOW + "|-|");
        assertThat(restore(true, "1714521600000", null).encode())
                .isEqualTo("t2|" + MAY_2024 + "|" + MAY_2024 + "|-|" + MAY_2024 + "|-|");
    }

    @Test
    void aFreshIdRuleStartsAtZeroOrAtTheFirstWalk() {
        assertThat(restore(false, "BEGINNING", null).encode()).isEqualTo("i1|0");
        assertThat(restore(false, "NOW", null).encode()).isEqualTo("i1|-");
    }

    @Test
    void anInstantNeedsAFindWithCreationTimes() {
        assertThatThrownBy(() -> restore(false, "1714521600000", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("startFrom 1714521600000 needs a find that filters by creation time; this one has no "
                        + "creation time, use NOW or BEGINNING");
    }

    /* saved state wins over startFrom */
    @Test
    void savedStateIsReadBackWhateverStartFromSays() {
        String saved = "t2|5|100|7|90|-|";
        assertThat(restore(true, "NOW", saved).encode()).isEqualTo(saved);
        assertThat(restore(true, "NOW", "t2|5|100|0|90|95|").encode()).isEqualTo("t2|5|100|0|90|95|");
        assertThat(restore(false, "NOW", "i1|12").encode()).isEqualTo("i1|12");
        assertThat(restore(false, "1714521600000", "i1|12").encode()).isEqualTo("i1|12");
        assertThatThrownBy(() -> restore(false, "NOW", saved)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> restore(true, "NOW", "i1|12")).isInstanceOf(IllegalArgumentException.class);
    }

    private static NewItemRule restore(boolean byCreation, String startFrom, String saved) {
        return NewItemRules.restore(FIELDS, byCreation, new PollSettings(StartFrom.parse(startFrom), 1_000, false, 0),
                saved, NOW);
    }
}
