package io.github.camelcallfire.sandbox.messaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelcallfire.sandbox.http.PageRequest;

/**
 * Texts or calls, indexed for finds that cost O(log n + range): one skip list per direction ordered newest first by
 * (created, id), plus an id map. A find walks only the requested {@code created} range (of one direction when
 * {@code inbound} is given), settling each action it meets against the clock.
 *
 * <p>Offset paging would make walking a large find O(n) per page and O(n²) in all. So the index remembers where the
 * last page ended: the next page of the same find starts there, with the total already counted, as long as nothing
 * was added since. Finds filtering by state or result are walked in full, since the clock changes what they match.
 */
public final class ActionIndex<A extends Action> {

    /** Sort key: created descending, then id descending. */
    private record Key(long created, long id) {
        /* written out rather than composed from Comparator combinators: every insert makes ~log n comparisons */
        static final Comparator<Key> NEWEST_FIRST = (a, b) -> a.created != b.created
                ? Long.compare(b.created, a.created) : Long.compare(b.id, a.id);
    }

    /** One page of a find and the number of all matches. */
    public record Found<A>(List<A> items, long totalCount) {
    }

    private final ConcurrentSkipListMap<Key, A> inbound = new ConcurrentSkipListMap<>(Key.NEWEST_FIRST);
    private final ConcurrentSkipListMap<Key, A> outbound = new ConcurrentSkipListMap<>(Key.NEWEST_FIRST);
    private final ConcurrentHashMap<Long, A> byId = new ConcurrentHashMap<>();
    /* counts additions; moved after each one, so a walk that overlapped an addition leaves a cursor never reused */
    private final AtomicLong version = new AtomicLong();
    private volatile Cursor cursor;

    /** Where a page of a find ended: {@code next} is the offset after it, {@code last} its last action's key. */
    private record Cursor(ActionFilter filter, long version, int next, Key last, long totalCount) {
    }

    public void add(A action) {
        byId.put(action.id(), action);
        (action.inbound() ? inbound : outbound).put(new Key(action.created(), action.id()), action);
        version.incrementAndGet();
    }

    public Optional<A> get(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Found<A> find(ActionFilter filter, PageRequest page, long now) {
        if (!filter.ids().isEmpty()) {
            List<A> selected = filter.ids().stream().distinct().map(byId::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparing((A a) -> new Key(a.created(), a.id()), Key.NEWEST_FIRST)).toList();
            selected.forEach(a -> a.settle(now));
            return new Found<>(slice(selected, page), selected.size());
        }
        boolean resumable = filter.states().isEmpty() && filter.results().isEmpty();
        long seen = version.get();
        Cursor last = cursor;
        if (resumable && page.offset() > 0 && last != null && last.version() == seen && last.next() == page.offset()
                && last.filter().equals(filter)) {
            return resume(filter, page, now, last);
        }
        List<A> items = new ArrayList<>();
        long matches = 0;
        for (A action : range(filter.inbound(), filter.intervalBegin(), filter.intervalEnd(), null)) {
            action.settle(now);
            if (!filter.matches(action)) {
                continue;
            }
            if (matches >= page.offset() && items.size() < page.limit()) {
                items.add(action);
            }
            matches++;
        }
        remember(resumable, filter, seen, page, items, matches);
        return new Found<>(items, matches);
    }

    /** The next page of the find {@code last} was a page of: walks only this page's actions. */
    private Found<A> resume(ActionFilter filter, PageRequest page, long now, Cursor last) {
        List<A> items = new ArrayList<>();
        if (page.limit() > 0) {
            for (A action : range(filter.inbound(), filter.intervalBegin(), filter.intervalEnd(), last.last())) {
                action.settle(now);
                if (filter.matches(action)) {
                    items.add(action);
                    if (items.size() == page.limit()) {
                        break;
                    }
                }
            }
        }
        remember(true, filter, last.version(), page, items, last.totalCount());
        return new Found<>(items, last.totalCount());
    }

    private void remember(boolean resumable, ActionFilter filter, long seen, PageRequest page, List<A> items,
                          long totalCount) {
        if (resumable && !items.isEmpty()) {
            A end = items.get(items.size() - 1);
            cursor = new Cursor(filter, seen, page.offset() + items.size(), new Key(end.created(), end.id()),
                    totalCount);
        }
    }

    private static <A> List<A> slice(List<A> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        return all.subList(from, (int) Math.min((long) from + page.limit(), all.size()));
    }

    /**
     * Actions created in [begin, end] (either bound may be null), newest first; {@code inboundOnly} null means both
     * directions, merged.
     */
    public Iterable<A> range(Boolean inboundOnly, Long begin, Long end) {
        return range(inboundOnly, begin, end, null);
    }

    /** Like {@link #range(Boolean, Long, Long)}, but only the actions older than {@code after} when it is given. */
    private Iterable<A> range(Boolean inboundOnly, Long begin, Long end, Key after) {
        if (inboundOnly != null) {
            return slice(inboundOnly ? inbound : outbound, begin, end, after).values();
        }
        NavigableMap<Key, A> in = slice(inbound, begin, end, after);
        NavigableMap<Key, A> out = slice(outbound, begin, end, after);
        return () -> new Merging<>(in.entrySet().iterator(), out.entrySet().iterator());
    }

    private NavigableMap<Key, A> slice(ConcurrentSkipListMap<Key, A> map, Long begin, Long end, Key after) {
        Key newest = new Key(end == null ? Long.MAX_VALUE : end, Long.MAX_VALUE);
        Key oldest = new Key(begin == null ? Long.MIN_VALUE : begin, Long.MIN_VALUE);
        NavigableMap<Key, A> slice = map.subMap(newest, true, oldest, true);
        return after == null ? slice : slice.tailMap(after, false);
    }

    /** Merges two newest-first entry streams into one. */
    private static final class Merging<A> implements Iterator<A> {
        private final Iterator<Map.Entry<Key, A>> left;
        private final Iterator<Map.Entry<Key, A>> right;
        private Map.Entry<Key, A> nextLeft;
        private Map.Entry<Key, A> nextRight;

        Merging(Iterator<Map.Entry<Key, A>> left, Iterator<Map.Entry<Key, A>> right) {
            this.left = left;
            this.right = right;
            nextLeft = left.hasNext() ? left.next() : null;
            nextRight = right.hasNext() ? right.next() : null;
        }

        @Override
        public boolean hasNext() {
            return nextLeft != null || nextRight != null;
        }

        @Override
        public A next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            boolean takeLeft = nextRight == null
                    || nextLeft != null && Key.NEWEST_FIRST.compare(nextLeft.getKey(), nextRight.getKey()) <= 0;
            A value;
            if (takeLeft) {
                value = nextLeft.getValue();
                nextLeft = left.hasNext() ? left.next() : null;
            } else {
                value = nextRight.getValue();
                nextRight = right.hasNext() ? right.next() : null;
            }
            return value;
        }
    }
}
