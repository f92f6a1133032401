package io.github.camelcallfire.poll;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PollBackoffTest {

    @Test
    void waitsTheDelayThenDoublesUpToTheCap() {
        assertThat(IntStream.rangeClosed(1, 9).mapToLong(failures -> PollBackoff.waitMillis(failures, 500, 60_000))
                .toArray())
                .containsExactly(500, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000);
    }

    @Test
    void neverWaitsLessThanTheDelay() {
        assertThat(PollBackoff.waitMillis(5, 500, 0)).isEqualTo(500);
        assertThat(PollBackoff.waitMillis(5, 500, 100)).isEqualTo(500);
    }

    @Test
    void backsOffFromOneMillisecondWhenPollingWithoutDelay() {
        assertThat(PollBackoff.waitMillis(4, 0, 60_000)).isEqualTo(8);
    }

    @Test
    void reachesAHugeCapWithoutOverflowing() {
        assertThat(PollBackoff.waitMillis(10_000, 500, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aSuccessfulPollEndsTheWait() {
        PollBackoff backoff = new PollBackoff();
        long now = 0;
        assertThat(backoff.pollDue(now)).isTrue();
        backoff.failed(500, 60_000, now);
        backoff.failed(500, 60_000, now);
        assertThat(backoff.pollDue(now + 999_999_999)).isFalse();
        assertThat(backoff.pollDue(now + 1_000_000_000)).isTrue();

        backoff.succeeded();
        assertThat(backoff.pollDue(now)).isTrue();
        assertThat(backoff.failed(500, 60_000, now)).isEqualTo(500);
    }
}
