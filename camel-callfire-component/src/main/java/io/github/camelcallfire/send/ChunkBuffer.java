package io.github.camelcallfire.send;

import java.io.ByteArrayOutputStream;

/**
 * The request body of one chunk, written in place; its bytes go out without a copy. The appends skip the locking of
 * {@link ByteArrayOutputStream}'s own writes, which a list of plain numbers would pay three times per recipient.
 */
final class ChunkBuffer extends ByteArrayOutputStream {

    ChunkBuffer(int capacity) {
        super(capacity);
    }

    byte[] bytes() {
        return buf;
    }

    void append(byte b) {
        ensureRoom(1);
        buf[count++] = b;
    }

    void append(byte[] bytes) {
        ensureRoom(bytes.length);
        System.arraycopy(bytes, 0, buf, count, bytes.length);
        count += bytes.length;
    }

    /** Appends text known to be ASCII (e.g. checked digits), one byte per character. */
    void appendAscii(CharSequence text) {
        int length = text.length();
        ensureRoom(length);
        for (int i = 0; i < length; i++) {
            buf[count++] = (byte) text.charAt(i);
        }
    }

    private void ensureRoom(int more) {
        if (count + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
        }
    }
}
