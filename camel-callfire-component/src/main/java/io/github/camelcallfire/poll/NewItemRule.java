package io.github.camelcallfire.poll;

import java.util.List;

/**
 * Decides which items of a find are new, in which order they are emitted, and remembers the ones that completed. The
 * remembered state is small and can be written to a {@link org.apache.camel.spi.StateRepository} at any time.
 */
public interface NewItemRule {

    /**
     * Walks the find and returns the oldest new items that are due now, at most {@code budget}, in emission order;
     * holds no more than that (and one page of the find) in memory.
     */
    List<Object> due(FindWalk find, long now, int budget);

    /** Records that the exchange of this item (one returned by {@link #due}) completed. */
    void completed(Object item);

    /** The state in the compact form {@link NewItemRules#restore} reads back. */
    String encode();
}
