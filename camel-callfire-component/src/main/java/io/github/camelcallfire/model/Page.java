package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a search: {@code {"items":[...],"limit":..,"offset":..,"totalCount":..}}; {@code limit} and
 * {@code offset} may be absent and {@code totalCount} is -1 when unknown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Page<T> extends ItemList<T> {

    private Long limit;
    private Long offset;
    private Long totalCount;

    public Long getLimit() {
        return limit;
    }

    public void setLimit(Long limit) {
        this.limit = limit;
    }

    public Long getOffset() {
        return offset;
    }

    public void setOffset(Long offset) {
        this.offset = offset;
    }

    public Long getTotalCount() {
        return totalCount;
    }

    public void setTotalCount(Long totalCount) {
        this.totalCount = totalCount;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("limit", limit)
                .add("offset", offset)
                .add("totalCount", totalCount);
    }
}
