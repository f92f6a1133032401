package io.github.camelcallfire.sandbox.http;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CallFire partial responses (the {@code fields} query parameter): {@code id,name}, nested {@code items(id,records(textResult))} and the
 * path form {@code calls/fromNumber}. Unknown names are ignored; arrays apply the selection to each element.
 */
public final class FieldsFilter {

    /** name -> nested selection; an empty map means "the whole value". */
    private final Map<String, FieldsFilter> selection = new LinkedHashMap<>();

    private FieldsFilter() {
    }

    public static FieldsFilter parse(String expression) {
        FieldsFilter root = new FieldsFilter();
        int[] pos = {0};
        root.parseList(expression.replace(" ", ""), pos);
        if (pos[0] < expression.replace(" ", "").length()) {
            throw ApiError.badRequest("Malformed 'fields' expression: unbalanced ')' in '" + expression + "'");
        }
        return root;
    }

    private void parseList(String s, int[] pos) {
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]);
            if (c == ')') {
                return;
            }
            if (c == ',') {
                pos[0]++;
                continue;
            }
            int start = pos[0];
            while (pos[0] < s.length() && ",()".indexOf(s.charAt(pos[0])) < 0) {
                pos[0]++;
            }
            String path = s.substring(start, pos[0]);
            FieldsFilter leaf = descend(path);
            if (pos[0] < s.length() && s.charAt(pos[0]) == '(') {
                pos[0]++;
                leaf.parseList(s, pos);
                if (pos[0] >= s.length() || s.charAt(pos[0]) != ')') {
                    throw ApiError.badRequest("Malformed 'fields' expression: missing ')' in '" + s + "'");
                }
                pos[0]++;
            }
        }
    }

    private FieldsFilter descend(String path) {
        FieldsFilter node = this;
        for (String name : path.split("/")) {
            if (!name.isEmpty()) {
                node = node.selection.computeIfAbsent(name, k -> new FieldsFilter());
            }
        }
        return node;
    }

    public JsonNode apply(JsonNode value) {
        if (selection.isEmpty() || value == null) {
            return value;
        }
        if (value.isArray()) {
            ArrayNode out = Json.array();
            value.forEach(v -> out.add(apply(v)));
            return out;
        }
        if (!value.isObject()) {
            return value;
        }
        ObjectNode out = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            FieldsFilter nested = selection.get(field.getKey());
            if (nested != null) {
                out.set(field.getKey(), nested.apply(field.getValue()));
            }
        }
        return out;
    }
}
