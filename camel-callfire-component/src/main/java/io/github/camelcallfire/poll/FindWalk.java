package io.github.camelcallfire.poll;

import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationExecutor;
import io.github.camelcallfire.operation.PageIterator;

import java.util.List;
import java.util.function.Consumer;

/**
 * The find a consumer polls, with its configured filters: streamed page by page ({@link #walk}), or asked for one item
 * of a creation-time range ({@link #probe}), which CallFire answers with the range's {@code totalCount}.
 */
public final class FindWalk {

    private final OperationExecutor executor;
    private final CallfireOperation operation;
    private final Object[] filters;
    private final long pageSize;
    private final int intervalBegin;
    private final int intervalEnd;

    public FindWalk(OperationExecutor executor, CallfireOperation operation, Object[] filters, long pageSize) {
        this.executor = executor;
        this.operation = operation;
        this.filters = filters.clone();
        this.pageSize = pageSize;
        this.intervalBegin = operation.indexOf("intervalBegin");
        this.intervalEnd = operation.indexOf("intervalEnd");
    }

    /**
     * Hands every item of the find to {@code each}, newest first, holding one page at a time.
     *
     * @param begin the lowest creation time to cover, or null for no creation filter
     * @param end   the highest creation time to cover (used together with begin)
     */
    public void walk(Long begin, long end, Consumer<Object> each) {
        PageIterator<Object> items = executor.iterate(operation, arguments(begin, end), pageSize);
        items.forEachRemaining(each);
    }

    /** The items created in [begin, end]: how many ({@link Range#count}) and the one at {@code offset}, newest first. */
    public Range probe(long begin, long end, long offset) {
        Page<Object> page = executor.fetchPage(operation, arguments(begin, end), offset, 1);
        List<Object> items = page == null || page.getItems() == null ? List.of() : page.getItems();
        long count = page == null || page.getTotalCount() == null ? items.size() : page.getTotalCount();
        return new Range(count, items.isEmpty() ? null : items.get(0));
    }

    private Object[] arguments(Long begin, long end) {
        Object[] arguments = filters.clone();
        if (begin != null) {
            arguments[intervalBegin] = begin;
            arguments[intervalEnd] = Math.max(begin, end);
        }
        return arguments;
    }

    /** @param item the item asked for, or null when the range holds fewer */
    public record Range(long count, Object item) {
    }
}
