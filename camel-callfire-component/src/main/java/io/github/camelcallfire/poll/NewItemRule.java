package io.github.camelcallfire.poll;

import java.util.List;

/**
 * Decides which items of a find are new, in which order they are emitted, and remembers the ones that completed. The
 * remembered state is small and can be written to a {@link org.apache.camel.spi.StateRepository} at any time.
 */
public interface NewItemRule {

    /** The lowest creation time the next find must cover, or null when the find has no creation filter. */
    Long intervalBegin();

    /** The items of one complete walk that are due now, in emission order. */
    List<Object> due(List<?> found, long now);

    /** Records that the exchange of this item (one returned by {@link #due}) completed. */
    void completed(Object item);

    /** The state in the compact form {@link NewItemRules#restore} reads back. */
    String encode();
}
