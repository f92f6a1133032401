package io.github.camelcallfire.sandbox.http;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code limit}/{@code offset} of a find, validated: negative values are a 400, {@code limit} defaults per
 * operation (REFERENCE §2) and is clamped to {@link #MAX_LIMIT}.
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

    /** Pages an in-memory list that is already filtered and in answer order. */
    public ObjectNode page(List<?> matches) {
        int from = (int) Math.min(offset, matches.size());
        int to = (int) Math.min((long) from + limit, matches.size());
        return envelope(matches.subList(from, to), matches.size());
    }

    /** The CallFire Page envelope: {@code {items, limit, offset, totalCount}}. */
    public ObjectNode envelope(List<?> items, long totalCount) {
        ObjectNode page = Json.object();
        ArrayNode array = page.putArray("items");
        for (Object item : items) {
            array.add(Json.MAPPER.valueToTree(item));
        }
        page.put("limit", limit);
        page.put("offset", offset);
        page.put("totalCount", totalCount);
        return page;
    }

    /** The non-paged {@code {"items":[...]}} list (ItemList). */
    public static ObjectNode itemList(List<?> items) {
        ObjectNode list = Json.object();
        ArrayNode array = list.putArray("items");
        for (Object item : items) {
            array.add(Json.MAPPER.valueToTree(item));
        }
        return list;
    }
}
