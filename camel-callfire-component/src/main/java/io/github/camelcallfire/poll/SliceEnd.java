package io.github.camelcallfire.poll;

/**
 * Picks the end of the creation-time slice a poll walks. CallFire lists newest first, so a poll that may emit
 * {@code budget} items must not walk everything up to now when a large backlog waits: it narrows the end until the
 * slice after the cursor holds between {@code budget} and twice that many items, asking only counts (one item per
 * request, the answer carries {@code totalCount}). The slice never ends inside a millisecond: when one millisecond alone
 * holds more than that, the slice ends with it, whole.
 */
final class SliceEnd {

    private SliceEnd() {
    }

    /**
     * @param after  the slice holds items created after this millisecond (the cursor's)
     * @param now    the end of the find when the backlog is small
     * @param budget the items a poll may emit
     * @return the last millisecond of the slice, in (after, now]
     */
    static long choose(FindWalk find, ItemFields fields, long after, long now, int budget) {
        if (after >= now) {
            return now;
        }
        FindWalk.Range all = find.probe(after + 1, now, 0);
        if (all.count() <= 2L * budget) {
            return now;
        }
        // the backlog's own span: its newest item is on top, its oldest at the end
        long hi = fields.created(all.item());
        long hiCount = all.count();
        FindWalk.Range oldest = find.probe(after + 1, now, all.count() - 1);
        long lo = oldest.item() == null ? after : fields.created(oldest.item()) - 1;
        long loCount = 0;
        boolean interpolate = true;
        while (hi - lo > 1) {
            long guess = interpolate
                    ? lo + (long) ((double) (hi - lo) * (budget - loCount) / Math.max(1, hiCount - loCount))
                    : lo + (hi - lo) / 2;
            // alternating with halving keeps the search logarithmic when creation times are far from even
            interpolate = !interpolate;
            guess = Math.min(hi - 1, Math.max(lo + 1, guess));
            long count = find.probe(after + 1, guess, 0).count();
            if (count < budget) {
                lo = guess;
                loCount = count;
            } else if (count <= 2L * budget) {
                return guess;
            } else {
                hi = guess;
                hiCount = count;
            }
        }
        return hi;
    }
}
