package io.github.camelcallfire.poll;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The back-off at the edges of its cap: an odd cap, and a cap so large that doubling it would overflow. */
class PollBackoffEdgesTest {

    /* half of an odd cap rounds down: a wait of exactly that half still doubles, to one below the cap */
    @Test
    void aWaitOfHalfAnOddCapDoublesBelowTheCap() {
        assertThat(PollBackoff.waitMillis(2, 500, 1_001)).isEqualTo(1_000);
        assertThat(PollBackoff.waitMillis(3, 500, 1_001)).isEqualTo(1_001);
        assertThat(PollBackoff.waitMillis(2, 501, 1_001)).isEqualTo(1_001);
    }

    /* a cap near Long.MAX_VALUE is compared as it is, not doubled (which would overflow) */
    @Test
    void aCapNearTheLargestLongStillDoubles() {
        assertThat(PollBackoff.waitMillis(2, 500, Long.MAX_VALUE - 1)).isEqualTo(1_000);
        assertThat(PollBackoff.waitMillis(4, 500, Long.MAX_VALUE - 1)).isEqualTo(4_000);
    }
}
