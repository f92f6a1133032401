package io.github.camelcallfire.send;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;

/**
 * Recipients held by the message itself (a Collection body, or the numbers of {@code toNumber}): nothing is copied,
 * each delivery walks the collection again.
 */
final class ListRecipients implements PreparedRecipients {

    private final Collection<?> elements;
    private final RecipientJson json;
    private final String digest;
    private final boolean numbersOnly;

    /** @param numbersOnly whether every element is a plain number (then chunks are written without a generator) */
    ListRecipients(Collection<?> elements, RecipientJson json, String digest, boolean numbersOnly) {
        this.elements = elements;
        this.json = json;
        this.digest = digest;
        this.numbersOnly = numbersOnly;
    }

    @Override
    public long count() {
        return elements.size();
    }

    @Override
    public String digest() {
        return digest;
    }

    @Override
    public Elements open(long skip) {
        Iterator<?> iterator = elements.iterator();
        for (long i = 0; i < skip && iterator.hasNext(); i++) {
            iterator.next();
        }
        return new Elements(iterator, json, numbersOnly);
    }

    /** A cursor over the collection; a list of plain numbers writes a whole chunk itself, without a generator. */
    static final class Elements implements Cursor {

        private final Iterator<?> iterator;
        private final RecipientJson json;
        private final boolean numbersOnly;

        Elements(Iterator<?> iterator, RecipientJson json, boolean numbersOnly) {
            this.iterator = iterator;
            this.json = json;
            this.numbersOnly = numbersOnly;
        }

        boolean numbersOnly() {
            return numbersOnly;
        }

        @Override
        public boolean writeNext(JsonGenerator generator) throws IOException {
            if (!iterator.hasNext()) {
                return false;
            }
            json.write(iterator.next(), generator);
            return true;
        }

        /** Writes the JSON array of the next {@code max} numbers at most; answers how many it wrote. */
        int writeNumbers(ChunkBuffer out, int max) {
            int count = 0;
            out.append((byte) '[');
            while (count < max && iterator.hasNext()) {
                if (count > 0) {
                    out.append((byte) ',');
                }
                json.writeNumber((CharSequence) iterator.next(), out);
                count++;
            }
            out.append((byte) ']');
            return count;
        }
    }
}
