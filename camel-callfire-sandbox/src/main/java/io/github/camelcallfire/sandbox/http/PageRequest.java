package io.github.camelcallfire.sandbox.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code limit}/{@code offset} of a find, validated: negative values are a 400, {@code limit} defaults per
 * operation (the newer spec's defaults: 100, 10 for texts and broadcasts, 20 for orders) and is clamped to {@link #MAX_LIMIT}.
 */
public record PageRequest(int limit, int offset) {

    public static final int MAX_LIMIT = 1000;

    public static PageRequest of(SandboxRequest request, int defaultLimit) {
        int limit = request.queryInt("limit").orElse(defaultLimit);
        int offset = request.queryInt("offset").orElse(0);
        if (limit < 0) {
            throw ApiError.badRequest("Query parameter 'limit' must not be negative, got " + limit);
        }
        if (offset < 0) {
            throw ApiError.badRequest("Query parameter 'offset' must not be negative, got " + offset);
        }
        return new PageRequest(Math.min(limit, MAX_LIMIT), offset);
    }

    /** The CallFire Page envelope, serialized as it stands: items are written once, never copied into a tree. */
    @JsonPropertyOrder({"items", "limit", "offset", "totalCount"})
    public record Page(List<?> items, int limit, int offset, long totalCount) {
    }

    /** The non-paged {@code {"items":[...]}} list (ItemList). */
    public record ItemList(List<?> items) {
    }

    /** Pages an in-memory list that is already filtered and in answer order. */
    public Page page(List<?> matches) {
        int from = Math.min(offset, matches.size());
        int to = (int) Math.min((long) from + limit, matches.size());
        return envelope(matches.subList(from, to), matches.size());
    }

    /** The CallFire Page envelope: {@code {items, limit, offset, totalCount}}. */
    public Page envelope(List<?> items, long totalCount) {
        return new Page(items, limit, offset, totalCount);
    }

    /** The non-paged {@code {"items":[...]}} list (ItemList). */
    public static ItemList itemList(List<?> items) {
        return new ItemList(items);
    }
}
