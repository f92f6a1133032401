package io.github.camelcallfire.poll;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edges of the poll back-off that {@code PollBackoffTest} does not reach: a wait of exactly half an odd cap, and a cap
 * so large that doubling it would overflow. Each test names the regression it guards.
 */
class BackoffEdgesTest {

    /** Guards {@code wait > capMillis / 2}: a wait of exactly half the cap (rounded down) is doubled, not capped. */
    @Test
    void aWaitOfHalfAnOddCapIsDoubled() {
        assertThat(PollBackoff.waitMillis(2, 2, 5)).isEqualTo(4);
        assertThat(PollBackoff.waitMillis(3, 2, 5)).isEqualTo(5);
    }

    /** Guards the halving of the cap in the comparison: a cap near Long.MAX_VALUE must not overflow into "capped". */
    @Test
    void aHugeCapStillDoublesStepByStep() {
        assertThat(PollBackoff.waitMillis(2, 500, Long.MAX_VALUE)).isEqualTo(1_000);
        assertThat(PollBackoff.waitMillis(3, 500, Long.MAX_VALUE)).isEqualTo(2_000);
    }
}
