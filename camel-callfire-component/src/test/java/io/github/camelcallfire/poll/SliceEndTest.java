package io.github.camelcallfire.poll;

import io.github.camelcallfire.sandbox.control.Recording;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelcallfire.poll.InboundTexts.FIELDS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of the creation-time slice a poll walks: now when the backlog after the cursor is small, else a millisecond
 * that leaves between budget and twice the budget items in the slice, never inside a millisecond.
 */
class SliceEndTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private static final long T0 = 1_700_000_000_000L;

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
    void endsNowWhenTheBacklogFitsTwiceTheBudget() {
        for (int i = 1; i <= 10; i++) {
            texts.textAt(T0 + i);
        }

        assertThat(SliceEnd.choose(find, FIELDS, T0, T0 + 1_000, 5)).isEqualTo(T0 + 1_000);
    }

    @Test
    void endsNowWhenTheCursorIsAtOrAfterNow() {
        texts.textsAt(T0 + 1, 30);

        assertThat(SliceEnd.choose(find, FIELDS, T0 + 1_000, T0 + 1_000, 5)).isEqualTo(T0 + 1_000);
        assertThat(SliceEnd.choose(find, FIELDS, T0 + 2_000, T0 + 1_000, 5)).isEqualTo(T0 + 1_000);
    }

    /* evenly spread: the first interpolation lands on the budget */
    @Test
    void narrowsAnEvenBacklogToTheBudget() {
        for (int i = 1; i <= 30; i++) {
            texts.textAt(T0 + i);
        }

        long end = SliceEnd.choose(find, FIELDS, T0, T0 + 1_000, 5);

        assertThat(end).isEqualTo(T0 + 5);
        assertThat(find.probe(T0 + 1, end, 0).count()).isBetween(5L, 10L);
    }

    /* only the items after the cursor count */
    @Test
    void countsOnlyWhatIsAfterTheCursor() {
        for (int i = 1; i <= 40; i++) {
            texts.textAt(T0 + i);
        }

        long end = SliceEnd.choose(find, FIELDS, T0 + 10, T0 + 1_000, 5);

        assertThat(find.probe(T0 + 11, end, 0).count()).isBetween(5L, 10L);
        assertThat(end).isEqualTo(T0 + 15);
    }

    @Test
    void aMillisecondHoldingMoreThanTwiceTheBudgetEndsTheSliceWhole() {
        texts.textsAt(T0 + 7, 30);

        assertThat(SliceEnd.choose(find, FIELDS, T0, T0 + 1_000, 5)).isEqualTo(T0 + 7);
    }

    /* one old item, then a crowd: halving finds the crowd's millisecond, which is taken whole */
    @Test
    void anUnevenBacklogEndsAtTheCrowdedMillisecond() {
        texts.textAt(T0 + 1);
        texts.textsAt(T0 + 1_000, 29);

        assertThat(SliceEnd.choose(find, FIELDS, T0, T0 + 5_000, 5)).isEqualTo(T0 + 1_000);
    }

    /* a slice that holds too many at the first guess is narrowed from above */
    @Test
    void narrowsFromAboveWhenTheGuessHoldsTooMany() {
        texts.textsAt(T0 + 1, 12);
        for (int i = 2; i <= 30; i++) {
            texts.textAt(T0 + i * 100);
        }

        long end = SliceEnd.choose(find, FIELDS, T0, T0 + 5_000, 5);

        assertThat(end).isEqualTo(T0 + 1);
    }

    /* items stamped after the poll's now (clocks apart) never move the end past now */
    @Test
    void neverEndsAfterNowEvenWithItemsStampedLater() {
        texts.textsAt(T0 + 1_001, 30);

        assertThat(SliceEnd.choose(find, FIELDS, T0 + 1_000, T0 + 1_000, 5)).isEqualTo(T0 + 1_000);
    }

    /* the search starts just before the oldest item of the backlog, not at the cursor */
    @Test
    void aBacklogThatStartsLaterThanTheCursorIsSearchedWhereItIs() {
        for (int i = 0; i < 30; i++) {
            texts.textAt(T0 + 500 + i);
        }
        Recording counts = SANDBOX.sandbox().record("GET", "/v2/texts");

        long end = SliceEnd.choose(find, FIELDS, T0, T0 + 1_000, 5);

        assertThat(end).isEqualTo(T0 + 504);
        assertThat(find.probe(T0 + 1, end, 0).count()).isBetween(5L, 10L);
        assertThat(counts.getItems()).hasSize(3 + 1);
    }

    /* items at the cursor's millisecond and before it are not part of the slice */
    @Test
    void itemsAtTheCursorsMillisecondDoNotCount() {
        texts.textsAt(T0 - 1, 3);
        texts.textsAt(T0, 3);
        for (int i = 1; i <= 30; i++) {
            texts.textAt(T0 + i);
        }

        assertThat(SliceEnd.choose(find, FIELDS, T0, T0 + 1_000, 5)).isEqualTo(T0 + 5);
    }

    /* clusters far apart: interpolation and halving take turns; the answer stays in [budget, 2 budget] */
    @Test
    void findsTheEndInClustersFarApartWithFewCounts() {
        texts.textAt(T0 + 1);
        for (int i = 0; i < 14; i++) {
            texts.textAt(T0 + 1_000 + i);
        }
        for (int i = 0; i < 20; i++) {
            texts.textAt(T0 + 5_000 + i);
        }
        Recording counts = SANDBOX.sandbox().record("GET", "/v2/texts");

        long end = SliceEnd.choose(find, FIELDS, T0, T0 + 6_000, 5);

        assertThat(end).isEqualTo(T0 + 1_004);
        assertThat(counts.getItems()).hasSize(14);
        assertThat(find.probe(T0 + 1, end, 0).count()).isBetween(5L, 10L);
    }

    @Test
    void findsTheEndInASparseClusterBeforeACrowd() {
        texts.textAt(T0 + 1);
        for (int i = 0; i < 4; i++) {
            texts.textAt(T0 + 1_000 + 3 * i);
        }
        for (int i = 0; i < 30; i++) {
            texts.textAt(T0 + 2_000 + i);
        }
        Recording counts = SANDBOX.sandbox().record("GET", "/v2/texts");

        long end = SliceEnd.choose(find, FIELDS, T0, T0 + 6_000, 5);

        assertThat(end).isEqualTo(T0 + 1_159);
        assertThat(counts.getItems()).hasSize(4);
        assertThat(find.probe(T0 + 1, end, 0).count()).isBetween(5L, 10L);
    }

    @Test
    void probeCountsTheRangeAndPicksTheItemAtTheOffsetNewestFirst() {
        long a = texts.textAt(T0 + 1);
        long b = texts.textAt(T0 + 2);
        texts.textAt(T0 + 3);

        FindWalk.Range range = find.probe(T0 + 1, T0 + 2, 1);

        assertThat(range.count()).isEqualTo(2);
        assertThat(FIELDS.id(range.item())).isEqualTo(a);
        assertThat(FIELDS.id(find.probe(T0 + 1, T0 + 2, 0).item())).isEqualTo(b);
        assertThat(find.probe(T0 + 1, T0 + 2, 2).item()).isNull();
        assertThat(find.probe(T0 + 5, T0 + 4, 0).count()).isZero();
    }
}
