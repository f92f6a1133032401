package io.github.camelcallfire.poll;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * New-item rule for finds filtered by creation time (texts, calls, orders, media, ...). The watermark is the latest
 * creation time of a completed item. Each find covers the look-back window before it, so items that show up late
 * (or while the previous find was paging) are still found; the ids completed inside that window tell them apart from
 * the ones already emitted. Ids older than the window are dropped, so the state does not grow with history.
 * <p>
 * When only final items may be emitted ({@code emitFinalOnly}), the oldest item still waiting for its final state
 * keeps the window open, until it has waited longer than {@code finalStateWaitMs}; then it is emitted as it is.
 */
public final class CreatedWatermark implements NewItemRule {

    static final String PREFIX = "t1";

    private final ItemFields fields;
    private final long lookBackMs;
    private final Predicate<Object> isFinal;
    private final long finalStateWaitMs;
    private final long floor;
    private long watermark;
    private Long pendingSince;
    /* id -> created of the items completed inside the window */
    private final Map<Long, Long> seen;

    CreatedWatermark(ItemFields fields, long lookBackMs, Predicate<Object> isFinal, long finalStateWaitMs, long floor,
                     long watermark, Long pendingSince, Map<Long, Long> seen) {
        this.fields = fields;
        this.lookBackMs = lookBackMs;
        this.isFinal = isFinal;
        this.finalStateWaitMs = finalStateWaitMs;
        this.floor = floor;
        this.watermark = watermark;
        this.pendingSince = pendingSince;
        this.seen = new HashMap<>(seen);
    }

    @Override
    public Long intervalBegin() {
        long begin = watermark - lookBackMs;
        if (pendingSince != null) {
            begin = Math.min(begin, pendingSince);
        }
        return Math.max(floor, begin);
    }

    @Override
    public List<Object> due(List<?> found, long now) {
        long begin = intervalBegin();
        // one walk may list an item twice when new items shift the pages under it
        Map<Long, Object> fresh = new LinkedHashMap<>();
        for (Object item : found) {
            Long id = fields.id(item);
            Long created = fields.created(item);
            if (id != null && created != null && created >= begin && !seen.containsKey(id)) {
                fresh.put(id, item);
            }
        }
        List<Object> candidates = new ArrayList<>(fresh.values());
        candidates.sort(Comparator.comparing(fields::created).thenComparing(fields::id));
        pendingSince = null;
        List<Object> due = new ArrayList<>(candidates.size());
        for (Object item : candidates) {
            long created = fields.created(item);
            if (isFinal.test(item) || now - created >= finalStateWaitMs) {
                due.add(item);
            } else if (pendingSince == null) {
                pendingSince = created;
            }
        }
        return due;
    }

    @Override
    public void completed(Object item) {
        long created = fields.created(item);
        seen.put(fields.id(item), created);
        watermark = Math.max(watermark, created);
        long begin = intervalBegin();
        seen.values().removeIf(at -> at < begin);
    }

    /** Form: {@code t1|watermark|floor|pendingSince or -|id:age,...}, ids and ages (watermark - created) in base 36. */
    @Override
    public String encode() {
        StringBuilder text = new StringBuilder(32 + seen.size() * 8);
        text.append(PREFIX).append('|').append(watermark).append('|').append(floor).append('|')
                .append(pendingSince == null ? "-" : pendingSince.toString()).append('|');
        boolean first = true;
        for (Map.Entry<Long, Long> entry : seen.entrySet()) {
            if (!first) {
                text.append(',');
            }
            first = false;
            text.append(Long.toString(entry.getKey(), 36)).append(':')
                    .append(Long.toString(watermark - entry.getValue(), 36));
        }
        return text.toString();
    }

    /** Reads what {@link #encode()} wrote. */
    static CreatedWatermark decode(String text, ItemFields fields, long lookBackMs, Predicate<Object> isFinal,
                                   long finalStateWaitMs) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 5 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("Not a creation-time watermark: " + text);
        }
        long watermark = Long.parseLong(parts[1]);
        Map<Long, Long> seen = new HashMap<>();
        if (!parts[4].isEmpty()) {
            for (String entry : parts[4].split(",")) {
                int colon = entry.indexOf(':');
                seen.put(Long.parseLong(entry.substring(0, colon), 36),
                        watermark - Long.parseLong(entry.substring(colon + 1), 36));
            }
        }
        Long pendingSince = "-".equals(parts[3]) ? null : Long.valueOf(parts[3]);
        return new CreatedWatermark(fields, lookBackMs, isFinal, finalStateWaitMs, Long.parseLong(parts[2]), watermark,
                pendingSince, seen);
    }
}
