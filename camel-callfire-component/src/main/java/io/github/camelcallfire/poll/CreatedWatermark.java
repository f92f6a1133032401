package io.github.camelcallfire.poll;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * New-item rule for finds filtered by creation time (texts, calls, orders, media, ...). Items are emitted in the order
 * (creation time, id); the <em>cursor</em> is the last completed item in that order, and everything after it is new.
 * <p>
 * Behind the cursor, an item may still show up late: CallFire may make it visible up to {@code lookBackMs} after its
 * creation time. The <em>recent</em> ids are the items completed with a creation time at or after the <em>recent
 * floor</em>, which trails the poll's clock by {@code lookBackMs}; an item behind the cursor that is not among them
 * is a late arrival and is emitted. Older items cannot arrive late any more, so a backlog far in the past is walked
 * with the cursor alone, and the state stays a few numbers long.
 * <p>
 * Items after the cursor add at most {@link #MAX_RECENT_IDS} recent ids, so that the state written after each item
 * stays small however large a burst: when a burst fills them, its remaining items wait until they are older than the
 * look-back window and are then emitted with the cursor alone, a delay of at most {@code lookBackMs}. Late arrivals
 * are emitted at once and add to the recent ids beyond that.
 * <p>
 * When only final items may be emitted ({@code emitFinalOnly}), the oldest item still waiting for its final state
 * holds the recent floor, until it has waited longer than {@code finalStateWaitMs}; then it is emitted as it is.
 * The recent ids are not limited then: a limit would hold back the finished items behind an unfinished one.
 */
public final class CreatedWatermark implements NewItemRule {

    static final String PREFIX = "t2";
    static final String FORMER_PREFIX = "t1";
    static final int MAX_RECENT_IDS = 250;

    private final ItemFields fields;
    private final long lookBackMs;
    private final Predicate<Object> isFinal;
    private final boolean emitFinalOnly;
    private final long finalStateWaitMs;
    private final long floor;
    private final Comparator<Object> order;
    /* the cursor: creation time and id of the last completed item; cursorId -1 when none at that time */
    private long cursorCreated;
    private long cursorId;
    private long recentFloor;
    private Long pendingSince;
    /* id -> created of the items completed at or after recentFloor */
    private final Map<Long, Long> recent;

    CreatedWatermark(ItemFields fields, PollSettings settings, long floor, long cursorCreated, long cursorId,
                     long recentFloor, Long pendingSince, Map<Long, Long> recent) {
        this.fields = fields;
        this.lookBackMs = settings.lookBackMs();
        this.emitFinalOnly = settings.emitFinalOnly();
        this.isFinal = emitFinalOnly ? FinalStates::isFinal : item -> true;
        this.finalStateWaitMs = settings.finalStateWaitMs();
        this.floor = floor;
        this.order = Comparator.comparing(fields::created).thenComparing(fields::id);
        this.cursorCreated = cursorCreated;
        this.cursorId = cursorId;
        this.recentFloor = recentFloor;
        this.pendingSince = pendingSince;
        this.recent = new HashMap<>(recent);
    }

    static CreatedWatermark fresh(ItemFields fields, PollSettings settings, long floor) {
        return new CreatedWatermark(fields, settings, floor, floor, -1, floor, null, Map.of());
    }

    @Override
    public List<Object> due(FindWalk find, long now, int budget) {
        // taken before the walk: an item created before it is visible to the walk, so it cannot arrive late any more
        long settledBefore = now - lookBackMs;
        long begin = Math.min(recentFloor, cursorCreated);
        if (pendingSince != null) {
            begin = Math.min(begin, pendingSince);
        }
        long end = SliceEnd.choose(find, fields, cursorCreated, now, budget);
        OldestItems candidates = new OldestItems(budget, order, fields::id);
        long[] oldestUnfinished = {Long.MAX_VALUE};
        find.walk(Math.max(floor, begin), end, item -> {
            Long id = fields.id(item);
            Long created = fields.created(item);
            if (id == null || created == null || !isNew(id, created)) {
                return;
            }
            if (isFinal.test(item) || now - created >= finalStateWaitMs) {
                candidates.offer(item);
            } else {
                oldestUnfinished[0] = Math.min(oldestUnfinished[0], created);
            }
        });
        pendingSince = oldestUnfinished[0] == Long.MAX_VALUE ? null : oldestUnfinished[0];
        List<Object> due = candidates.oldestFirst();
        moveRecentFloor(settledBefore, due, candidates.droppedAny());
        return emitFinalOnly ? due : withinRecentIdLimit(due);
    }

    private boolean isNew(long id, long created) {
        if (created < floor) {
            return false;
        }
        return isAfterCursor(id, created) || created >= recentFloor && !recent.containsKey(id);
    }

    private boolean isAfterCursor(long id, long created) {
        return created > cursorCreated || created == cursorCreated && id > cursorId;
    }

    /**
     * Items behind the cursor and before the new floor are taken as emitted, so the floor stays at or before every
     * item behind the cursor that is due but not emitted yet (a late arrival, kept or left out of this poll), and
     * before the oldest unfinished item. Nothing else holds it: held at items after the cursor, it could keep the
     * recent ids full for good.
     */
    private void moveRecentFloor(long settledBefore, List<Object> due, boolean leftSomeOut) {
        long next = settledBefore;
        if (pendingSince != null) {
            next = Math.min(next, pendingSince);
        }
        if (!due.isEmpty()) {
            Object oldest = due.get(0);
            if (!isAfterCursor(fields.id(oldest), fields.created(oldest))) {
                next = Math.min(next, fields.created(oldest));
            }
            Object newest = due.get(due.size() - 1);
            // items left out come after the newest kept one: only behind the cursor can they be late arrivals
            if (leftSomeOut && !isAfterCursor(fields.id(newest), fields.created(newest))) {
                next = Math.min(next, fields.created(newest));
            }
        }
        recentFloor = Math.max(recentFloor, next);
        long kept = recentFloor;
        recent.values().removeIf(created -> created < kept);
    }

    /**
     * The due items up to the first one after the cursor that would be a recent id too many; the rest waits until it
     * is older than the look-back window. Late arrivals are never held back: the recent floor waits for them, so
     * holding them could hold the recent ids full for good.
     */
    private List<Object> withinRecentIdLimit(List<Object> due) {
        int room = MAX_RECENT_IDS - recent.size();
        for (int i = 0; i < due.size(); i++) {
            Object item = due.get(i);
            if (isAfterCursor(fields.id(item), fields.created(item)) && fields.created(item) >= recentFloor
                    && room-- <= 0) {
                return due.subList(0, i);
            }
        }
        return due;
    }

    @Override
    public void completed(Object item) {
        long id = fields.id(item);
        long created = fields.created(item);
        if (created >= recentFloor) {
            recent.put(id, created);
        }
        if (isAfterCursor(id, created)) {
            cursorCreated = created;
            cursorId = id;
        }
    }

    /**
     * Form: {@code t2|floor|cursor created|cursor id or -|recent floor|pendingSince or -|id:age,...}, the recent ids
     * and their ages (cursor created - created) in base 36.
     */
    @Override
    public String encode() {
        StringBuilder text = new StringBuilder(48 + recent.size() * 10);
        text.append(PREFIX).append('|').append(floor).append('|').append(cursorCreated).append('|')
                .append(cursorId < 0 ? "-" : Long.toString(cursorId)).append('|').append(recentFloor).append('|')
                .append(pendingSince == null ? "-" : pendingSince.toString()).append('|');
        boolean first = true;
        for (Map.Entry<Long, Long> entry : recent.entrySet()) {
            if (!first) {
                text.append(',');
            }
            first = false;
            text.append(Long.toString(entry.getKey(), 36)).append(':')
                    .append(Long.toString(cursorCreated - entry.getValue(), 36));
        }
        return text.toString();
    }

    /** Reads what {@link #encode()} wrote, or the form of earlier versions ({@code t1}). */
    static CreatedWatermark decode(String text, ItemFields fields, PollSettings settings) {
        String[] parts = text.split("\\|", -1);
        if (parts.length == 5 && FORMER_PREFIX.equals(parts[0])) {
            return fromFormer(parts, fields, settings);
        }
        if (parts.length != 7 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("Not a creation-time position: " + text);
        }
        long cursorCreated = Long.parseLong(parts[2]);
        return new CreatedWatermark(fields, settings, Long.parseLong(parts[1]), cursorCreated,
                "-".equals(parts[3]) ? -1 : Long.parseLong(parts[3]), Long.parseLong(parts[4]),
                "-".equals(parts[5]) ? null : Long.valueOf(parts[5]), ids(parts[6], cursorCreated));
    }

    /**
     * {@code t1|watermark|floor|pendingSince or -|id:age,...}: the ids completed from the watermark minus the look-back
     * window on. Read exactly: that start becomes the recent floor, the newest of them at the watermark the cursor.
     */
    private static CreatedWatermark fromFormer(String[] parts, ItemFields fields, PollSettings settings) {
        long watermark = Long.parseLong(parts[1]);
        long floor = Long.parseLong(parts[2]);
        Long pendingSince = "-".equals(parts[3]) ? null : Long.valueOf(parts[3]);
        Map<Long, Long> seen = ids(parts[4], watermark);
        long cursorId = seen.entrySet().stream().filter(entry -> entry.getValue() == watermark)
                .mapToLong(Map.Entry::getKey).max().orElse(-1);
        long recentFloor = watermark - settings.lookBackMs();
        if (pendingSince != null) {
            recentFloor = Math.min(recentFloor, pendingSince);
        }
        return new CreatedWatermark(fields, settings, floor, watermark, cursorId, Math.max(floor, recentFloor),
                pendingSince, seen);
    }

    private static Map<Long, Long> ids(String text, long cursorCreated) {
        Map<Long, Long> ids = new HashMap<>();
        if (!text.isEmpty()) {
            for (String entry : text.split(",")) {
                int colon = entry.indexOf(':');
                ids.put(Long.parseLong(entry.substring(0, colon), 36),
                        cursorCreated - Long.parseLong(entry.substring(colon + 1), 36));
            }
        }
        return ids;
    }
}
