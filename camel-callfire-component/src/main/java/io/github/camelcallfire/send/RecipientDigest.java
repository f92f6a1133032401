package io.github.camelcallfire.send;

/** A 64-bit FNV-1a style running hash over the recipients' hash codes, in order. */
final class RecipientDigest {

    private static final long PRIME = 0x100000001b3L;

    private long value = 0xcbf29ce484222325L;
    private long count;

    void add(int hash) {
        value = (value ^ hash) * PRIME;
        count++;
    }

    long count() {
        return count;
    }

    String value() {
        return String.format("%016x", (value ^ count) * PRIME);
    }
}
