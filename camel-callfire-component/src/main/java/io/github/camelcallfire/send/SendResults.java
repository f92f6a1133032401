package io.github.camelcallfire.send;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelcallfire.model.ItemList;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects what the answers of a send's chunks hold, as much as the chosen {@link SendResult} keeps, across the
 * deliveries of one exchange. A chunk's answer is read completely before it is added, so an answer cut short adds
 * nothing.
 */
final class SendResults {

    private final SendResult mode;
    private final ObjectReader itemListReader;
    private final List<Object> items;
    private long[] ids;
    private long created;
    private long requests;

    /** @param itemListReader reads the operation's {@code ItemList} answer (used for {@link SendResult#FULL}) */
    SendResults(SendResult mode, ObjectReader itemListReader) {
        this.mode = mode;
        this.itemListReader = itemListReader;
        this.items = mode == SendResult.FULL ? new ArrayList<>() : null;
        this.ids = mode == SendResult.IDS ? new long[1024] : null;
    }

    SendResult mode() {
        return mode;
    }

    /** Reads one chunk's answer; {@link #add} keeps it once the chunk counts as sent. */
    Chunk read(byte[] answer, int length) throws IOException {
        if (mode == SendResult.FULL) {
            ItemList<?> list = length == 0 ? null : itemListReader.readValue(answer, 0, length);
            List<?> chunkItems = list == null || list.getItems() == null ? List.of() : list.getItems();
            return new Chunk(chunkItems.size(), null, chunkItems);
        }
        Chunk scanned = IdsAnswer.scan(answer, length, ids != null);
        if (scanned != null) {
            return scanned;
        }
        try (JsonParser parser = itemListReader.createParser(answer, 0, length)) {
            return read(parser);
        }
    }

    /* any answer the scan does not take: other fields, white space, or not what was asked for at all */
    private Chunk read(JsonParser parser) throws IOException {
        // SUMMARY keeps only the count: no ids are collected for it
        long[] chunkIds = ids == null ? null : new long[16];
        int count = 0;
        if (parser.nextToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean itemsField = "items".equals(parser.currentName());
                if (parser.nextToken() == JsonToken.START_ARRAY && itemsField) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        if (chunkIds == null) {
                            parser.skipChildren();
                        } else {
                            if (count == chunkIds.length) {
                                chunkIds = Arrays.copyOf(chunkIds, count * 2);
                            }
                            chunkIds[count] = id(parser);
                        }
                        count++;
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return new Chunk(count, chunkIds == null ? null : Arrays.copyOf(chunkIds, count), null);
    }

    /* reads the item object the parser is at, answering its id (0 when it has none) */
    private static long id(JsonParser parser) throws IOException {
        long id = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean idField = "id".equals(parser.currentName());
            JsonToken value = parser.nextToken();
            if (idField && value == JsonToken.VALUE_NUMBER_INT) {
                id = parser.getLongValue();
            } else {
                parser.skipChildren();
            }
        }
        return id;
    }

    void add(Chunk chunk) {
        requests++;
        if (chunk == null) {
            return;
        }
        created += chunk.count();
        if (items != null) {
            items.addAll(chunk.items());
        }
        if (ids != null) {
            if (created > ids.length) {
                ids = Arrays.copyOf(ids, (int) Math.max(created, Math.min(Integer.MAX_VALUE - 8, ids.length * 2L)));
            }
            System.arraycopy(chunk.ids(), 0, ids, (int) (created - chunk.count()), chunk.count());
        }
    }

    /** The message body once every recipient has gone out. */
    Object result(String operationId, long recipients) {
        if (mode == SendResult.FULL) {
            ItemList<Object> all = new ItemList<>();
            all.setItems(items);
            return all;
        }
        return new SendSummary(operationId, recipients, requests, created,
                ids == null ? null : Arrays.copyOf(ids, (int) created));
    }

    /** One chunk's answer: how many texts or calls it holds, and their ids or models as the mode keeps them. */
    record Chunk(int count, long[] ids, List<?> items) {
    }
}
