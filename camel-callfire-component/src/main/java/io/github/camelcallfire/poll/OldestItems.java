package io.github.camelcallfire.poll;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps the oldest {@code limit} of the items offered to it, each id once, so that a poll holds no more than it may
 * emit however long the find it walks. Finds list newest first, and a walk may meet an item twice when new items shift
 * the pages under it.
 */
final class OldestItems {

    private final int limit;
    private final Comparator<Object> order;
    private final Function<Object, Long> id;
    /* newest at the head, so that it is the one dropped when the limit is exceeded */
    private final PriorityQueue<Object> kept;
    private final Set<Long> keptIds = new HashSet<>();
    private boolean dropped;

    OldestItems(int limit, Comparator<Object> order, Function<Object, Long> id) {
        this.limit = limit;
        this.order = order;
        this.id = id;
        this.kept = new PriorityQueue<>(order.reversed());
    }

    void offer(Object item) {
        if (!keptIds.add(id.apply(item))) {
            return;
        }
        kept.add(item);
        if (kept.size() > limit) {
            Object newest = kept.poll();
            keptIds.remove(id.apply(newest));
            dropped = true;
        }
    }

    /** Whether items newer than the kept ones were left out. */
    boolean droppedAny() {
        return dropped;
    }

    /** The kept items, oldest first. */
    List<Object> oldestFirst() {
        List<Object> items = new ArrayList<>(kept);
        items.sort(order);
        return items;
    }
}
