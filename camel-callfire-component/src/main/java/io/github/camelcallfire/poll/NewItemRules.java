package io.github.camelcallfire.poll;

/** Builds the {@link NewItemRule} of a consumer, from its saved state or, on the very first start, from startFrom. */
public final class NewItemRules {

    private NewItemRules() {
    }

    /**
     * @param byCreation true when the find filters by creation time and its items carry {@code created}
     * @param saved      the state saved by an earlier run, or null
     * @param now        the start time, used by {@code startFrom=NOW}
     */
    public static NewItemRule restore(ItemFields fields, boolean byCreation, PollSettings settings, String saved,
                                      long now) {
        if (saved != null) {
            return byCreation ? CreatedWatermark.decode(saved, fields, settings) : IdWatermark.decode(saved, fields);
        }
        StartFrom start = settings.startFrom();
        if (byCreation) {
            return CreatedWatermark.fresh(fields, settings, start.floor(now));
        }
        if (start.kind() == StartFrom.Kind.INSTANT) {
            throw new IllegalArgumentException("startFrom " + start.epochMillis() + " needs a find that filters by "
                    + "creation time; this one has no creation time, use NOW or BEGINNING");
        }
        return new IdWatermark(fields, start.kind() == StartFrom.Kind.BEGINNING ? Long.valueOf(0) : null);
    }
}
