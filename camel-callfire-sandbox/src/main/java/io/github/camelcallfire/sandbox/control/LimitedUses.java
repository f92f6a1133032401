package io.github.camelcallfire.sandbox.control;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many more times a fault rule may act: without a {@code count} until it is cleared, with one that many times.
 * Shared by the API's faults and the webhook deliveries' faults, which several threads consume at once.
 */
public final class LimitedUses {

    private final AtomicInteger left = new AtomicInteger(Integer.MAX_VALUE);

    /** Limits the rule to {@code count} uses; null leaves it unlimited. */
    public void limitTo(Integer count) {
        if (count == null) {
            return;
        }
        if (count < 1) {
            throw new IllegalArgumentException("'count' must be at least 1, got " + count);
        }
        left.set(count);
    }

    /** Takes one use; false once the count is spent. */
    public boolean consume() {
        return left.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(0, n - 1)) > 0;
    }

    public boolean spent() {
        return left.get() == 0;
    }

    /** Uses left, or null when unlimited. */
    public Integer remaining() {
        int uses = left.get();
        return uses == Integer.MAX_VALUE ? null : uses;
    }
}
