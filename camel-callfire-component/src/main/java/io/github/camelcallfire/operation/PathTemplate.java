package io.github.camelcallfire.operation;

import java.net.URLEncoder;
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

    /** URL-encodes a path segment or query value (a space becomes %20, not +). */
    public static String encode(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~';
            if (!safe) {
                return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            }
        }
        return value;
    }

    @Override
    public String toString() {
        return template;
    }
}
