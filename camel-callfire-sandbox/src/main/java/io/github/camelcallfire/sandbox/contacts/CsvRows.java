package io.github.camelcallfire.sandbox.contacts;

import java.util.ArrayList;
import java.util.List;

import io.github.camelcallfire.sandbox.http.ApiError;

/** RFC 4180 CSV: quoted values may hold commas, doubled quotes and line breaks; blank lines are skipped. */
final class CsvRows {

    /** One record and the line it starts on, for error messages. */
    record Row(int line, List<String> values) {
    }

    private CsvRows() {
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean quotedValue = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    value.append(c);
                }
            } else if (c == '"' && value.isEmpty() && !quotedValue) {
                quoted = true;
                quotedValue = true;
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
                quotedValue = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, values, value, rowStart);
                values = new ArrayList<>();
                quotedValue = false;
                line++;
                rowStart = line;
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw ApiError.badRequest("Malformed CSV: the quoted value starting on line " + rowStart
                    + " is never closed");
        }
        endRow(rows, values, value, rowStart);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> values, StringBuilder value, int line) {
        values.add(value.toString());
        value.setLength(0);
        boolean blank = values.stream().allMatch(String::isBlank);
        if (!blank) {
            rows.add(new Row(line, List.copyOf(values)));
        }
    }
}
