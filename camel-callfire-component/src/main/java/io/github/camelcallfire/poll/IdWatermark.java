package io.github.camelcallfire.poll;

import java.util.Comparator;
import java.util.List;

/**
 * New-item rule for finds without a creation filter (contacts, contact lists, broadcasts, ...): an item is new when
 * its id is above the highest id completed so far. CallFire hands out growing ids, so this needs one number of state
 * however many items the account holds. Changes to existing items are not reported.
 */
public final class IdWatermark implements NewItemRule {

    static final String PREFIX = "i1";

    private final ItemFields fields;
    /* null until the first walk when starting from NOW: that walk only records where "now" is */
    private Long highestId;

    IdWatermark(ItemFields fields, Long highestId) {
        this.fields = fields;
        this.highestId = highestId;
    }

    @Override
    public List<Object> due(FindWalk find, long now, int budget) {
        if (highestId == null) {
            long[] highest = {0};
            find.walk(null, now, item -> {
                Long id = fields.id(item);
                if (id != null) {
                    highest[0] = Math.max(highest[0], id);
                }
            });
            highestId = highest[0];
            return List.of();
        }
        long above = highestId;
        OldestItems lowestIds = new OldestItems(budget, Comparator.comparing(fields::id), fields::id);
        find.walk(null, now, item -> {
            Long id = fields.id(item);
            if (id != null && id > above) {
                lowestIds.offer(item);
            }
        });
        return lowestIds.oldestFirst();
    }

    @Override
    public void completed(Object item) {
        long id = fields.id(item);
        highestId = highestId == null ? id : Math.max(highestId, id);
    }

    /** Form: {@code i1|highestId}, or {@code i1|-} before the first walk. */
    @Override
    public String encode() {
        return PREFIX + '|' + (highestId == null ? "-" : highestId.toString());
    }

    static IdWatermark decode(String text, ItemFields fields) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 2 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("Not an id watermark: " + text);
        }
        return new IdWatermark(fields, "-".equals(parts[1]) ? null : Long.valueOf(parts[1]));
    }
}
