package io.github.camelcallfire.send;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the answer to {@code fields=items(id)} in the one form CallFire writes it, {@code {"items":[{"id":1},{"id":2}]}},
 * with one pass over its bytes: a list of a thousand recipients answers a thousand ids per request, and tokenizing
 * them with Jackson was the largest part of the calling thread's work per recipient after the checks. Anything else
 * (white space inside, other fields, another order, a number Jackson would refuse such as {@code 012}) is left to
 * Jackson, so this reads nothing Jackson would read differently.
 */
final class IdsAnswer {

    private static final byte[] HEAD = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ITEM = "{\"id\":".getBytes(StandardCharsets.US_ASCII);
    /* CallFire ids have at most 18 digits; a longer number is left to Jackson, which refuses what overflows */
    private static final int MAX_ID_DIGITS = 18;

    private IdsAnswer() {
    }

    /**
     * The chunk the answer describes, with its ids when {@code keepIds}; null when the answer is not in that form.
     */
    static SendResults.Chunk scan(byte[] answer, int length, boolean keepIds) {
        if (!startsWith(answer, length, 0, HEAD)) {
            return null;
        }
        int at = HEAD.length;
        long[] ids = keepIds ? new long[16] : null;
        int count = 0;
        if (at < length && answer[at] == ']') {
            at++;
        } else {
            while (true) {
                if (!startsWith(answer, length, at, ITEM)) {
                    return null;
                }
                at += ITEM.length;
                int start = at;
                long id = 0;
                while (at < length && at - start <= MAX_ID_DIGITS && answer[at] >= '0' && answer[at] <= '9') {
                    id = id * 10 + (answer[at] - '0');
                    at++;
                }
                int digits = at - start;
                if (digits == 0 || digits > MAX_ID_DIGITS || digits > 1 && answer[start] == '0' || at >= length
                        || answer[at] != '}') {
                    return null;
                }
                at++;
                if (ids != null) {
                    if (count == ids.length) {
                        ids = Arrays.copyOf(ids, count * 2);
                    }
                    ids[count] = id;
                }
                count++;
                if (at < length && answer[at] == ',') {
                    at++;
                } else if (at < length && answer[at] == ']') {
                    at++;
                    break;
                } else {
                    return null;
                }
            }
        }
        if (at >= length || answer[at] != '}') {
            return null;
        }
        at++;
        while (at < length && (answer[at] == ' ' || answer[at] == '\n' || answer[at] == '\r' || answer[at] == '\t')) {
            at++;
        }
        return at == length ? new SendResults.Chunk(count, ids == null ? null : Arrays.copyOf(ids, count), null)
                : null;
    }

    private static boolean startsWith(byte[] bytes, int length, int at, byte[] prefix) {
        if (at + prefix.length > length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
