package io.github.camelcallfire.state;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The bytes of a state file. Plain text, so that an operator can read a position with {@code cat}:
 * <pre>
 * camel-callfire-state 1
 * entries 1
 * key 13
 * inbound-texts
 * value 34
 * t1|1717171717000|0|-|2n9c:0,2n9d:3
 * crc32 5c0f2a17
 * </pre>
 * Keys and values are prefixed with their length in UTF-8 bytes, so they may hold any character, line breaks and
 * {@code =} included. The CRC32 covers every byte before its line: a file that was cut short, changed, or written
 * by something else is refused as a whole, never half-read.
 */
final class StateFileFormat {

    static final String MAGIC = "camel-callfire-state";
    static final int VERSION = 1;
    private static final String HEADER = MAGIC + " " + VERSION;
    private static final String CHECKSUM = "crc32 ";

    private StateFileFormat() {
    }

    /** @throws IllegalArgumentException when a key or value holds a lone surrogate, which UTF-8 cannot carry */
    static byte[] encode(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + entries.size() * 96);
        line(out, HEADER);
        line(out, "entries " + entries.size());
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            field(out, "key", entry.getKey());
            field(out, "value", entry.getValue());
        }
        CRC32 crc = new CRC32();
        crc.update(out.toByteArray());
        line(out, CHECKSUM + String.format("%08x", crc.getValue()));
        return out.toByteArray();
    }

    /** @throws IllegalArgumentException saying what is wrong, when the bytes are not a whole state file */
    static Map<String, String> decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("it is empty");
        }
        checkHeader(bytes);
        Cursor cursor = new Cursor(bytes, checksummedLength(bytes));
        cursor.line();
        int count = cursor.number("entries");
        Map<String, String> entries = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String key = cursor.text(cursor.number("key"));
            entries.put(key, cursor.text(cursor.number("value")));
        }
        if (!cursor.atEnd()) {
            throw new IllegalArgumentException("it holds more than its " + count + " entries");
        }
        return entries;
    }

    /* the header comes first, so that a file of another format or program is named as such, not as damaged */
    private static void checkHeader(byte[] bytes) {
        int length = 0;
        while (length < bytes.length && length <= HEADER.length() && bytes[length] != '\n') {
            length++;
        }
        String first = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        boolean complete = length < bytes.length && bytes[length] == '\n';
        if (complete && first.equals(HEADER)) {
            return;
        }
        if (!complete && length == bytes.length && HEADER.startsWith(first)) {
            throw new IllegalArgumentException("it is cut short (it ends inside its first line)");
        }
        throw new IllegalArgumentException(first.startsWith(MAGIC + " ")
                ? "it is in another format than '" + HEADER + "', the one this version of camel-callfire reads"
                : "it is not a camel-callfire state file (its first line is not '" + HEADER + "')");
    }

    /* where the checksum line begins, once the checksum matched; checked before anything else is trusted */
    private static int checksummedLength(byte[] bytes) {
        if (bytes[bytes.length - 1] != '\n') {
            throw new IllegalArgumentException("it is cut short (it does not end with its checksum line)");
        }
        int start = bytes.length - 1;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        String last = new String(bytes, start, bytes.length - 1 - start, StandardCharsets.ISO_8859_1);
        if (!last.matches(CHECKSUM + "[0-9a-f]{8}")) {
            throw new IllegalArgumentException("it is cut short or damaged (its last line is not a checksum)");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, start);
        long stored = Long.parseLong(last.substring(CHECKSUM.length()), 16);
        if (stored != crc.getValue()) {
            throw new IllegalArgumentException(String.format("it fails its checksum (stored %08x, content %08x): "
                    + "it was changed or only partly written", stored, crc.getValue()));
        }
        return start;
    }

    private static void line(ByteArrayOutputStream out, String ascii) {
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
    }

    private static void field(ByteArrayOutputStream out, String name, String text) {
        byte[] utf8 = utf8(name, text);
        line(out, name + " " + utf8.length);
        out.writeBytes(utf8);
        out.write('\n');
    }

    private static byte[] utf8(String name, String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The " + name + " holds a lone surrogate character, which cannot be "
                    + "stored as UTF-8: " + text, e);
        }
    }

    /** Reads the checksummed part of a file; every read says what was expected when it is not there. */
    private static final class Cursor {

        private final byte[] bytes;
        private final int end;
        private int position;

        Cursor(byte[] bytes, int end) {
            this.bytes = bytes;
            this.end = end;
        }

        String line() {
            int start = position;
            while (position < end && bytes[position] != '\n') {
                position++;
            }
            if (position == end) {
                throw new IllegalArgumentException("it ends inside a line at byte " + start);
            }
            return new String(bytes, start, position++ - start, StandardCharsets.ISO_8859_1);
        }

        int number(String name) {
            int at = position;
            String line = line();
            if (!line.matches(name + " (0|[1-9][0-9]{0,8})")) {
                throw new IllegalArgumentException("expected '" + name + " <count>' at byte " + at + ", found '"
                        + line + "'");
            }
            return Integer.parseInt(line.substring(name.length() + 1));
        }

        String text(int length) {
            if (length > end - position - 1 || bytes[position + length] != '\n') {
                throw new IllegalArgumentException("a " + length + "-byte text at byte " + position
                        + " does not end where its length says");
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .decode(ByteBuffer.wrap(bytes, position, length)).toString();
                position += length + 1;
                return text;
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("the text at byte " + position + " is not UTF-8", e);
            }
        }

        boolean atEnd() {
            return position == end;
        }
    }
}
