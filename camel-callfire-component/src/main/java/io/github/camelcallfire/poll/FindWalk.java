package io.github.camelcallfire.poll;

import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationExecutor;
import io.github.camelcallfire.operation.PageIterator;

import java.util.ArrayList;
import java.util.List;

/**
 * One complete run of a find: every page, {@code pageSize} items each, until a short page. The items are kept
 * because CallFire lists newest first while the consumer emits oldest first.
 */
public final class FindWalk {

    private final OperationExecutor executor;
    private final CallfireOperation operation;
    private final long pageSize;
    private final int intervalBegin;
    private final int intervalEnd;

    public FindWalk(OperationExecutor executor, CallfireOperation operation, long pageSize) {
        this.executor = executor;
        this.operation = operation;
        this.pageSize = pageSize;
        this.intervalBegin = operation.indexOf("intervalBegin");
        this.intervalEnd = operation.indexOf("intervalEnd");
    }

    /**
     * @param filters the find's arguments as configured on the endpoint
     * @param begin   the lowest creation time to cover, or null for no creation filter
     * @param end     the highest creation time to cover (used together with begin)
     */
    public List<Object> run(Object[] filters, Long begin, long end) {
        Object[] arguments = filters.clone();
        if (begin != null) {
            arguments[intervalBegin] = begin;
            arguments[intervalEnd] = Math.max(begin, end);
        }
        PageIterator<Object> items = executor.iterate(operation, arguments, pageSize);
        List<Object> found = new ArrayList<>();
        items.forEachRemaining(found::add);
        return found;
    }
}
