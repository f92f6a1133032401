package io.github.camelcallfire.validation;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How deep and how long a JSON request body may be. CallFire bodies are a few levels deep and their texts short, so
 * more is a mistake (a whole document, an object that contains itself) that would otherwise end in a stack overflow,
 * a parser error that says nowhere where, or a refusal by CallFire after the upload.
 */
final class JsonLimits {

    /** Levels of objects and arrays; CallFire bodies need 4 (a broadcast's recipients with their attributes). */
    static final int MAX_DEPTH = 32;
    /** Characters of one JSON string; texts stop at 1,600 and names, labels and spoken messages are shorter still. */
    static final int MAX_STRING_CHARS = 10_000;

    private static final Pattern PLAIN_FIELD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,99}");

    /* the depth bound stops the parser before it builds a tree too deep to walk; error tokens are cut like quotes */
    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(ValueQuote.MAX_CHARS).maxRawContentLength(ValueQuote.MAX_CHARS).build())
            .build();

    /**
     * What is wrong and where, e.g. {@code body.items[3].message}. The walks build the place only for a violation, on
     * the way back up, so that checking 100,000 recipients builds no strings.
     */
    record Violation(String where, String problem) {

        private Violation under(String segment) {
            return new Violation(segment + where, problem);
        }
    }

    /** A parser of raw JSON that refuses to go deeper than {@link #MAX_DEPTH}. */
    JsonParser parser(byte[] json) throws IOException {
        return factory.createParser(json);
    }

    /** The violation when {@code parser} stopped because the JSON nests too deep, else null. */
    static Violation tooDeep(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        return context.getNestingDepth() > MAX_DEPTH ? new Violation(path(context), tooDeepProblem()) : null;
    }

    /**
     * Walks the maps, collections and arrays of a body down to {@link #MAX_DEPTH}, before Jackson follows them without
     * bound (an object that contains itself would never end), checking the Strings on the way. Other objects are left
     * to {@link #check(JsonNode)}.
     */
    static Violation checkDepth(Object body) {
        Violation found = checkValue(body, 1);
        return found == null ? null : found.under("body");
    }

    /**
     * {@link #checkDepth} for one value inside a body, e.g. the fields of a recipient; the place is relative to it,
     * e.g. {@code .attributes.name}.
     */
    static Violation checkValue(Object value) {
        return checkValue(value, 1);
    }

    private static Violation checkValue(Object value, int depth) {
        if (value instanceof String text) {
            return checkString(text);
        }
        if (!isContainer(value)) {
            return null;
        }
        if (depth > MAX_DEPTH) {
            return new Violation("", tooDeepProblem());
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Violation found = checkValue(entry.getValue(), depth + 1);
                if (found != null) {
                    return found.under(field(String.valueOf(entry.getKey())));
                }
            }
            return null;
        }
        int index = 0;
        Iterable<?> items = value instanceof Collection<?> collection ? collection : Arrays.asList((Object[]) value);
        for (Object item : items) {
            Violation found = checkValue(item, depth + 1);
            if (found != null) {
                return found.under("[" + index + "]");
            }
            index++;
        }
        return null;
    }

    private static boolean isContainer(Object value) {
        return value instanceof Map<?, ?> || value instanceof Collection<?> || value instanceof Object[];
    }

    /** Checks depth and string lengths of a body as JSON; null when it is within the limits. */
    static Violation check(JsonNode body) {
        Violation found = check(body, 1);
        return found == null ? null : found.under("body");
    }

    private static Violation check(JsonNode node, int depth) {
        if (node.isTextual()) {
            return checkString(node.textValue());
        }
        if (!node.isContainerNode()) {
            return null;
        }
        if (depth > MAX_DEPTH) {
            return new Violation("", tooDeepProblem());
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = fields.next();
                Violation found = check(entry.getValue(), depth + 1);
                if (found != null) {
                    return found.under(field(entry.getKey()));
                }
            }
            return null;
        }
        for (int i = 0; i < node.size(); i++) {
            Violation found = check(node.get(i), depth + 1);
            if (found != null) {
                return found.under("[" + i + "]");
            }
        }
        return null;
    }

    /** Checks the string values of a map of plain values, the one level such a map has; {@code where} is its place. */
    static Violation checkStrings(String where, Map<?, ?> flatMap) {
        for (Map.Entry<?, ?> entry : flatMap.entrySet()) {
            if (entry.getValue() instanceof String text) {
                Violation found = checkString(text);
                if (found != null) {
                    return found.under(where + field(String.valueOf(entry.getKey())));
                }
            }
        }
        return null;
    }

    private static Violation checkString(String text) {
        if (text.length() <= MAX_STRING_CHARS) {
            return null;
        }
        return new Violation("", ValueQuote.quote(text) + " is longer than " + MAX_STRING_CHARS + " characters; "
                + "texts, names and messages in CallFire requests are far shorter. Shorten it, or send a link to the "
                + "content instead");
    }

    private static String tooDeepProblem() {
        return "nests objects and arrays deeper than " + MAX_DEPTH + " levels; CallFire requests are a few levels "
                + "deep, so this is likely a whole document or an object that contains itself";
    }

    /** {@code body.items[3].message} for the place of {@code context} in the document. */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext child = context; child.getParent() != null; child = child.getParent()) {
            JsonStreamContext parent = child.getParent();
            path.insert(0, parent.inArray() ? "[" + parent.getCurrentIndex() + "]"
                    : parent.inObject() ? field(parent.getCurrentName()) : "");
        }
        return path.insert(0, "body").toString();
    }

    /* a field name is the user's text too: an odd or huge one is shown quoted and cut */
    private static String field(String name) {
        return PLAIN_FIELD.matcher(name).matches() ? "." + name : "[" + ValueQuote.quote(name) + "]";
    }
}
