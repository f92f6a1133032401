package io.github.camelcallfire.poll;

import java.util.concurrent.TimeUnit;

/**
 * How long the consumer waits after failed polls: the poll delay after the first failure, doubled after each further
 * failure in a row, at most a cap (never less than the delay); a successful poll ends it. Time is read from
 * {@link System#nanoTime()}, so a wall clock that jumps neither shortens nor stretches a wait.
 */
public final class PollBackoff {

    private int failuresInRow;
    private long nextPollNanos;

    /** Whether a poll may run now, i.e. no failure is in a row or its wait is over. */
    public synchronized boolean pollDue(long nowNanos) {
        return failuresInRow == 0 || nowNanos - nextPollNanos >= 0;
    }

    /**
     * Records a failed poll.
     *
     * @return the wait in milliseconds before the next poll
     */
    public synchronized long failed(long delayMillis, long capMillis, long nowNanos) {
        failuresInRow++;
        long wait = waitMillis(failuresInRow, delayMillis, capMillis);
        nextPollNanos = nowNanos + TimeUnit.MILLISECONDS.toNanos(wait);
        return wait;
    }

    public synchronized void succeeded() {
        failuresInRow = 0;
    }

    static long waitMillis(int failuresInRow, long delayMillis, long capMillis) {
        // a zero delay (poll continuously) still backs off, from one millisecond
        long wait = Math.max(1, delayMillis);
        for (int doubled = 1; doubled < failuresInRow && wait < capMillis; doubled++) {
            wait = wait > capMillis / 2 ? capMillis : wait * 2;
        }
        return Math.max(delayMillis, Math.min(wait, capMillis));
    }
}
