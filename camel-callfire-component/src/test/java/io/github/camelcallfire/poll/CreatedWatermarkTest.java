package io.github.camelcallfire.poll;

import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static io.github.camelcallfire.poll.InboundTexts.FIELDS;
import static io.github.camelcallfire.poll.InboundTexts.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The creation-time rule of finds such as texts: every text once, oldest first; late arrivals within the look-back
 * window; a burst limited to {@value CreatedWatermark#MAX_RECENT_IDS} recent ids until it is older than the window; its
 * state read back exactly. Creation times are set through the sandbox clock, polls are called directly with their
 * {@code now}: no scheduling, no waiting.
 */
class CreatedWatermarkTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private static final long T0 = 1_700_000_000_000L;
    private static final long LOOK_BACK = 1_000;
    private static final PollSettings FROM_BEGINNING =
            new PollSettings(StartFrom.parse("BEGINNING"), LOOK_BACK, false, 0);

    private InboundTexts texts;
    private FindWalk find;

    @BeforeEach
    void start() {
        texts = new InboundTexts(SANDBOX.sandbox());
        find = texts.find(100);
    }

    @AfterEach
    void stop() {
        texts.close();
    }

    @Test
    void emitsEveryTextOnceOldestFirstWithinTheBudget() {
        long d = texts.textAt(T0 + 5);
        long a = texts.textAt(T0 + 1);
        long b = texts.textAt(T0 + 2);
        long c = texts.textAt(T0 + 2);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FROM_BEGINNING, 0);

        assertThat(ids(pollAndComplete(rule, T0 + 10, 3))).containsExactly(a, b, c);
        assertThat(ids(pollAndComplete(rule, T0 + 10, 3))).containsExactly(d);
        assertThat(rule.due(find, T0 + 10, 3)).isEmpty();
    }

    /* an item not completed (its exchange failed) is due again at the next poll */
    @Test
    void anItemNotCompletedIsDueAgain() {
        long a = texts.textAt(T0 + 1);
        long b = texts.textAt(T0 + 2);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FROM_BEGINNING, 0);

        List<Object> first = rule.due(find, T0 + 10, 10);
        rule.completed(first.get(0));

        assertThat(ids(rule.due(find, T0 + 10, 10))).containsExactly(b);
        assertThat(ids(first)).containsExactly(a, b);
    }

    @Test
    void startingNowSkipsWhatWasCreatedBefore() {
        texts.textAt(T0 + 99);
        long onTime = texts.textAt(T0 + 100);
        long after = texts.textAt(T0 + 150);
        PollSettings settings = new PollSettings(StartFrom.parse("NOW"), LOOK_BACK, false, 0);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, settings, settings.startFrom().floor(T0 + 100));

        assertThat(ids(pollAndComplete(rule, T0 + 200, 10))).containsExactly(onTime, after);
    }

    /* a text that shows up behind the cursor, still within the look-back window, is emitted; older ones are not */
    @Test
    void emitsALateArrivalWithinTheLookBackWindow() {
        long a = texts.textAt(T0 + 100);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FROM_BEGINNING, 0);
        assertThat(ids(pollAndComplete(rule, T0 + 200, 10))).containsExactly(a);

        long late = texts.textAt(T0 + 50);
        texts.textAt(T0 - 801);

        assertThat(ids(pollAndComplete(rule, T0 + 200, 10))).containsExactly(late);
        assertThat(rule.due(find, T0 + 200, 10)).isEmpty();
    }

    /* the late arrival at the very floor of the window (created = now - lookBack at the previous poll) still counts */
    @Test
    void aLateArrivalAtTheEdgeOfTheWindowIsEmitted() {
        long a = texts.textAt(T0 + 100);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FROM_BEGINNING, 0);
        pollAndComplete(rule, T0 + 200, 10);

        long edge = texts.textAt(T0 + 200 - LOOK_BACK);

        assertThat(ids(pollAndComplete(rule, T0 + 200, 10))).containsExactly(edge);
        assertThat(a).isNotEqualTo(edge);
    }

    /* a burst fills the recent ids; the rest waits until it is older than the look-back window, then goes out */
    @Test
    void aBurstBeyondTheRecentIdLimitWaitsUntilItLeavesTheWindow() {
        List<Long> burst = texts.textsAt(T0 + 100, CreatedWatermark.MAX_RECENT_IDS + 10);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FROM_BEGINNING, 0);

        assertThat(ids(pollAndComplete(rule, T0 + 200, 1000))).containsExactlyElementsOf(
                burst.subList(0, CreatedWatermark.MAX_RECENT_IDS));
        assertSamePosition(CreatedWatermark.decode(rule.encode(), FIELDS, FROM_BEGINNING).encode(), rule.encode());
        assertThat(rule.due(find, T0 + 100 + LOOK_BACK, 1000)).isEmpty();
        assertThat(ids(pollAndComplete(rule, T0 + 101 + LOOK_BACK, 1000))).containsExactlyElementsOf(
                burst.subList(CreatedWatermark.MAX_RECENT_IDS, burst.size()));
    }

    /* late arrivals are never held back by the limit */
    @Test
    void aLateArrivalIsEmittedEvenWhenTheRecentIdsAreFull() {
        texts.textsAt(T0 + 100, CreatedWatermark.MAX_RECENT_IDS);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FROM_BEGINNING, 0);
        pollAndComplete(rule, T0 + 200, 1000);

        long late = texts.textAt(T0 + 99);
        long next = texts.textAt(T0 + 150);

        assertThat(ids(pollAndComplete(rule, T0 + 200, 1000))).containsExactly(late);
        assertThat(ids(pollAndComplete(rule, T0 + 151 + LOOK_BACK, 1000))).containsExactly(next);
    }

    /* a budget smaller than the late arrivals: the ones left out stay due, the floor waits for them */
    @Test
    void lateArrivalsLeftOutByTheBudgetAreEmittedAtTheNextPoll() {
        texts.textAt(T0 + 500);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FROM_BEGINNING, 0);
        pollAndComplete(rule, T0 + 600, 10);

        long late1 = texts.textAt(T0 + 100);
        long late2 = texts.textAt(T0 + 200);
        long late3 = texts.textAt(T0 + 300);

        assertThat(ids(pollAndComplete(rule, T0 + 1_150, 1))).containsExactly(late1);
        assertThat(ids(pollAndComplete(rule, T0 + 1_250, 1))).containsExactly(late2);
        assertThat(ids(pollAndComplete(rule, T0 + 5_000, 1))).containsExactly(late3);
        assertThat(rule.due(find, T0 + 5_000, 1)).isEmpty();
    }

    /* items of a burst left out by the budget come after the cursor: they must not hold the recent floor */
    @Test
    void itemsLeftOutAfterTheCursorDoNotHoldTheRecentFloor() {
        texts.textsAt(T0 + 100, 12);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FROM_BEGINNING, 0);

        assertThat(rule.due(find, T0 + 5_000, 5)).hasSize(5);

        assertThat(rule.encode()).isEqualTo("t2|0|0|-|" + (T0 + 5_000 - LOOK_BACK) + "|-|");
    }

    @Test
    void encodesItsPositionCompactly() {
        long a = texts.textAt(T0 + 100);
        long b = texts.textAt(T0 + 40);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FROM_BEGINNING, 7);
        assertThat(rule.encode()).isEqualTo("t2|7|7|-|7|-|");

        pollAndComplete(rule, T0 + 200, 10);

        assertThat(rule.encode()).startsWith("t2|7|" + (T0 + 100) + "|" + a + "|" + (T0 - 800) + "|-|")
                .contains(Long.toString(a, 36) + ":0").contains(Long.toString(b, 36) + ":" + Long.toString(60, 36));
    }

    /* read back, the rule goes on exactly where it stood: no text again, late arrivals still recognised */
    @Test
    void continuesFromItsEncodedPosition() {
        long a = texts.textAt(T0 + 100);
        long b = texts.textAt(T0 + 150);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FROM_BEGINNING, 0);
        assertThat(ids(pollAndComplete(rule, T0 + 200, 10))).containsExactly(a, b);

        CreatedWatermark restored = CreatedWatermark.decode(rule.encode(), FIELDS, FROM_BEGINNING);
        long late = texts.textAt(T0 + 120);
        long next = texts.textAt(T0 + 300);

        assertSamePosition(restored.encode(), rule.encode());
        assertThat(ids(pollAndComplete(restored, T0 + 400, 10))).containsExactly(late, next);
    }

    /* the form of earlier versions: t1|watermark|floor|pendingSince|id:age,... */
    @Test
    void readsThePositionOfEarlierVersions() {
        long w = T0 + 5_000;
        // the cursor is the highest id completed at the watermark, not the highest id (43, completed earlier)
        CreatedWatermark former = CreatedWatermark.decode("t1|" + w + "|10|-|" + Long.toString(41, 36) + ":0,"
                + Long.toString(42, 36) + ":0," + Long.toString(43, 36) + ":" + Long.toString(300, 36),
                FIELDS, FROM_BEGINNING);

        assertThat(former.encode()).startsWith("t2|10|" + w + "|42|" + (w - LOOK_BACK) + "|-|");

        CreatedWatermark pending = CreatedWatermark.decode("t1|" + w + "|10|" + (w - 3_000) + "|", FIELDS,
                FROM_BEGINNING);
        assertThat(pending.encode()).isEqualTo("t2|10|" + w + "|-|" + (w - 3_000) + "|" + (w - 3_000) + "|");

        CreatedWatermark floorFirst = CreatedWatermark.decode("t1|" + w + "|" + (w - 10) + "|-|", FIELDS,
                FROM_BEGINNING);
        assertThat(floorFirst.encode()).isEqualTo("t2|" + (w - 10) + "|" + w + "|-|" + (w - 10) + "|-|");
    }

    @Test
    void refusesWhatIsNoCreationTimePosition() {
        for (String text : new String[] {"i1|5", "t2|1|2|3|4|5", "t2|1|2|3|4|5|6|7", "t3|1|2|-|4|-|", "t1|1|2|3",
            "x"}) {
            assertThatThrownBy(() -> CreatedWatermark.decode(text, FIELDS, FROM_BEGINNING)).as(text)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> CreatedWatermark.decode("i1|5", FIELDS, FROM_BEGINNING))
                .hasMessage("Not a creation-time position: i1|5");
    }

    /* the recent ids are written in the order of a HashMap, which depends on its capacity */
    private static void assertSamePosition(String actual, String expected) {
        String[] actualParts = actual.split("\\|", -1);
        String[] expectedParts = expected.split("\\|", -1);
        assertThat(List.of(actualParts).subList(0, 6)).isEqualTo(List.of(expectedParts).subList(0, 6));
        assertThat(actualParts[6].split(",")).containsExactlyInAnyOrder(expectedParts[6].split(","));
    }

    private List<Object> pollAndComplete(CreatedWatermark rule, long now, int budget) {
        List<Object> due = new ArrayList<>(rule.due(find, now, budget));
        due.forEach(rule::completed);
        return due;
    }
}
