package io.github.camelcallfire.state.zookeeper;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Where a key's znode is and what it holds: {@code =} and the value in UTF-8, or nothing for "no state". */
final class StateZnodes {

    private static final byte VALUE_MARK = '=';
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private StateZnodes() {
    }

    /**
     * The znode of a key under the base path. A znode name cannot hold {@code /} nor be {@code .} or {@code ..}, so
     * the key is percent-encoded (UTF-8) except for printable ASCII other than {@code / % .}: the default key of a
     * consumer, {@code callfire:texts/find?inbound:true}, becomes {@code callfire:texts%2Ffind?inbound:true}.
     */
    static String path(String basePath, String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("A state key must not be empty (it names a znode)");
        }
        StringBuilder name = new StringBuilder(basePath.endsWith("/") ? basePath : basePath + "/");
        for (byte b : utf8(key, "key " + key)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && c != '/' && c != '%' && c != '.') {
                name.append((char) c);
            } else {
                name.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return name.toString();
    }

    static byte[] encode(String value) {
        byte[] utf8 = utf8(value, "the value");
        byte[] data = new byte[utf8.length + 1];
        data[0] = VALUE_MARK;
        System.arraycopy(utf8, 0, data, 1, utf8.length);
        return data;
    }

    /** The value, or null when the znode holds no state. */
    static String decode(byte[] data, String path) {
        if (data == null || data.length == 0) {
            return null;
        }
        if (data[0] != VALUE_MARK) {
            throw new IllegalStateException("ZooKeeper znode " + path + " does not hold a state of a "
                    + "ZooKeeperStateRepository (it does not start with '='): it was written by another program. "
                    + "Give the repository a basePath of its own, or delete the znode to start over");
        }
        return new String(Arrays.copyOfRange(data, 1, data.length), StandardCharsets.UTF_8);
    }

    /* strict: a lone surrogate would be written as '?' and read back as another string */
    private static byte[] utf8(String text, String what) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Cannot store " + what + ": it is not valid UTF-16 (a lone surrogate)",
                    e);
        }
    }
}
