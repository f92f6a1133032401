package io.github.camelcallfire.poll;

import io.github.camelcallfire.sandbox.CallfireSandbox;
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

/**
 * {@code emitFinalOnly}: a text goes out once its state is final, or as it is after {@code finalStateWaitMs}; the
 * oldest unfinished text holds the recent floor meanwhile; the recent-id limit does not apply. The sandbox keeps
 * outbound texts READY for {@value #DELIVERY} ms of its clock.
 */
class FinalStatesOnlyTest {

    private static final long DELIVERY = 10_000;

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension(
            CallfireSandbox.builder().actionDelayMs(DELIVERY));

    private static final long T0 = 1_700_000_000_000L;
    private static final long WAIT = 60_000;
    private static final PollSettings FINAL_ONLY =
            new PollSettings(StartFrom.parse("BEGINNING"), 100, true, WAIT);

    private InboundTexts texts;
    private FindWalk outbound;

    @BeforeEach
    void start() {
        texts = new InboundTexts(SANDBOX.sandbox());
        outbound = texts.find(100, false);
    }

    @AfterEach
    void stop() {
        texts.close();
    }

    @Test
    void aTextGoesOutOnceItsStateIsFinal() {
        long x = texts.sendTextAt(T0);
        long y = texts.sendTextAt(T0 + 2_000);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FINAL_ONLY, 0);

        texts.clockAt(T0 + 500);
        assertThat(pollAndComplete(rule, T0 + 500)).isEmpty();
        assertThat(rule.encode()).isEqualTo("t2|0|0|-|" + T0 + "|" + T0 + "|");

        texts.clockAt(T0 + DELIVERY + 500);
        assertThat(ids(pollAndComplete(rule, T0 + DELIVERY + 500))).containsExactly(x);
        assertThat(rule.encode()).startsWith("t2|0|" + T0 + "|" + x + "|" + (T0 + 2_000) + "|" + (T0 + 2_000) + "|");

        texts.clockAt(T0 + DELIVERY + 2_500);
        assertThat(ids(pollAndComplete(rule, T0 + DELIVERY + 2_500))).containsExactly(y);
        assertThat(rule.encode()).startsWith("t2|0|" + (T0 + 2_000) + "|" + y + "|" + (T0 + DELIVERY + 2_400)
                + "|-|");
    }

    /* guards `now - created >= finalStateWaitMs`: at exactly the wait the text goes out as it is */
    @Test
    void anUnfinishedTextGoesOutAsItIsAfterTheWait() {
        PollSettings shortWait = new PollSettings(StartFrom.parse("BEGINNING"), 100, true, 5_000);
        long x = texts.sendTextAt(T0);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, shortWait, 0);

        texts.clockAt(T0 + 4_999);
        assertThat(pollAndComplete(rule, T0 + 4_999)).isEmpty();
        texts.clockAt(T0 + 5_000);
        assertThat(ids(pollAndComplete(rule, T0 + 5_000))).containsExactly(x);
    }

    /* a text that finishes late is still found: the walk starts at the oldest unfinished one */
    @Test
    void theOldestUnfinishedTextHoldsTheWalkOpen() {
        long early = texts.sendTextAt(T0);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FINAL_ONLY, 0);
        texts.clockAt(T0 + 1_000);
        assertThat(pollAndComplete(rule, T0 + 1_000)).isEmpty();

        long later = texts.sendTextAt(T0 + DELIVERY + 1_000);
        long latest = texts.sendTextAt(T0 + 3 * DELIVERY);
        texts.clockAt(T0 + 3 * DELIVERY);

        assertThat(ids(pollAndComplete(rule, T0 + 3 * DELIVERY))).containsExactly(early, later);
        texts.clockAt(T0 + 4 * DELIVERY);
        assertThat(ids(pollAndComplete(rule, T0 + 4 * DELIVERY))).containsExactly(latest);
    }

    /* with emitFinalOnly the recent ids are not limited: a burst of final items goes out whole */
    @Test
    void aBurstOfFinalTextsIsNotLimited() {
        List<Long> burst = texts.textsAt(T0 + 100, CreatedWatermark.MAX_RECENT_IDS + 5);
        CreatedWatermark rule = CreatedWatermark.fresh(FIELDS, FINAL_ONLY, 0);

        assertThat(ids(rule.due(texts.find(100), T0 + 200, 1_000))).containsExactlyElementsOf(burst);
    }

    private List<Object> pollAndComplete(CreatedWatermark rule, long now) {
        List<Object> due = new ArrayList<>(rule.due(outbound, now, 100));
        due.forEach(rule::completed);
        return due;
    }
}
