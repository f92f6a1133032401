package io.github.camelcallfire.operation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A path such as {@code /calls/{id}/recordings/{name}.mp3}, split once into literal text and parameter slots so
 * that building a request path is a few appends.
 */
public final class PathTemplate {

    private final String template;
    private final String[] literals;
    private final int[] slots;

    private PathTemplate(String template, String[] literals, int[] slots) {
        this.template = template;
        this.literals = literals;
        this.slots = slots;
    }

    /** Splits {@code template}; every {@code {name}} must be a parameter of {@code params}. */
    static PathTemplate compile(String template, List<OperationParam> params) {
        List<String> literals = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        int start = 0;
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            int slot = indexOf(params, name);
            if (slot < 0) {
                throw new IllegalStateException("Path " + template + " uses {" + name + "} which is no parameter");
            }
            literals.add(template.substring(start, open));
            slots.add(slot);
            start = close + 1;
            open = template.indexOf('{', start);
        }
        literals.add(template.substring(start));
        return new PathTemplate(template, literals.toArray(String[]::new),
                slots.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int indexOf(List<OperationParam> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Appends the path with the URL-encoded values of {@code arguments} (indexed like the operation's params). */
    public void appendTo(StringBuilder target, Object[] arguments) {
        for (int i = 0; i < slots.length; i++) {
            target.append(literals[i]);
            target.append(encode(String.valueOf(arguments[slots[i]])));
        }
        target.append(literals[slots.length]);
    }

    /**
     * URL-encodes a path segment or query value (a space becomes %20, not +): what
     * {@code URLEncoder.encode(value, UTF_8).replace("+", "%20")} answers, without its per-call encoder set-up and the
     * second pass (query values such as {@code fields=items(id)} are encoded on every send).
     */
    public static String encode(String value) {
        int i = 0;
        while (i < value.length() && isUnreserved(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        // from the start again: a '~' before the first character to encode is encoded too
        StringBuilder encoded = new StringBuilder(value.length() + 16);
        i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (isLeftAsIs(c)) {
                encoded.append(c);
                i++;
            } else if (c == ' ') {
                encoded.append("%20");
                i++;
            } else {
                // like URLEncoder: a run of characters to encode goes through UTF-8 together (surrogate pairs stay
                // pairs; a lone surrogate becomes '?', encoded)
                int end = i + 1;
                while (end < value.length() && !isLeftAsIs(value.charAt(end)) && value.charAt(end) != ' ') {
                    end++;
                }
                for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
                i = end;
            }
        }
        return encoded.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /* RFC 3986 unreserved characters: a value made of these only is returned as it is */
    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    /* what URLEncoder leaves as it is once a value needs encoding at all ('~' is encoded, '*' is not) */
    private static boolean isLeftAsIs(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '*';
    }

    @Override
    public String toString() {
        return template;
    }
}
