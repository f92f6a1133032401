package io.github.camelcallfire.send;

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

    ListRecipients(Collection<?> elements, RecipientJson json, String digest) {
        this.elements = elements;
        this.json = json;
        this.digest = digest;
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
    public Cursor open(long skip) {
        Iterator<?> iterator = elements.iterator();
        for (long i = 0; i < skip && iterator.hasNext(); i++) {
            iterator.next();
        }
        return generator -> {
            if (!iterator.hasNext()) {
                return false;
            }
            json.write(iterator.next(), generator);
            return true;
        };
    }
}
