package io.github.camelcallfire.send;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.Closeable;
import java.io.IOException;

/**
 * The recipients of one send after every one of them passed the checks: counted, identified by a digest, and
 * readable from any position as often as needed, so that a redelivery can continue where the last delivery stopped.
 */
interface PreparedRecipients extends Closeable {

    /** How many recipients the list has. */
    long count();

    /** Identifies the list's content and order (not a security measure: it tells lists apart, nothing more). */
    String digest();

    /** A cursor positioned after the first {@code skip} recipients. */
    Cursor open(long skip) throws IOException;

    @Override
    default void close() {
    }

    /** Writes recipients one by one as JSON objects into a request body. */
    interface Cursor extends Closeable {

        /** Writes the next recipient; false when there is none. */
        boolean writeNext(JsonGenerator generator) throws IOException;

        @Override
        default void close() throws IOException {
        }
    }
}
