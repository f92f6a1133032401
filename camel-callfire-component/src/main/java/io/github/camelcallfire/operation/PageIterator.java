package io.github.camelcallfire.operation;

import io.github.camelcallfire.model.Page;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Walks every item of a paged search, holding one page at a time: the next page is requested only when the current
 * one is used up, so a streaming splitter can go through millions of records in constant memory.
 */
public final class PageIterator<T> implements Iterator<T> {

    private final OperationExecutor executor;
    private final CallfireOperation operation;
    private final Object[] arguments;
    private final long pageSize;
    private final Page<T> firstPage;
    private long nextOffset;
    private List<T> items;
    private int index;
    private boolean lastPage;

    PageIterator(OperationExecutor executor, CallfireOperation operation, Object[] arguments, long offset,
                 long pageSize) {
        this.executor = executor;
        this.operation = operation;
        this.arguments = arguments.clone();
        this.pageSize = pageSize;
        this.nextOffset = offset;
        this.firstPage = load();
    }

    /** The first page, for its totalCount. */
    public Page<T> firstPage() {
        return firstPage;
    }

    private Page<T> load() {
        Page<T> page = executor.fetchPage(operation, arguments, nextOffset, pageSize);
        items = page == null || page.getItems() == null ? List.of() : page.getItems();
        index = 0;
        nextOffset += items.size();
        Long total = page == null ? null : page.getTotalCount();
        // a short page ends the search; so does reaching a known total
        lastPage = items.size() < pageSize || total != null && total >= 0 && nextOffset >= total;
        return page;
    }

    @Override
    public boolean hasNext() {
        while (index >= items.size()) {
            if (lastPage) {
                return false;
            }
            load();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more " + operation.operationId() + " results");
        }
        return items.get(index++);
    }
}
