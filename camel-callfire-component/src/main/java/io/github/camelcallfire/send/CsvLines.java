package io.github.camelcallfire.send;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Recipients as text lines, one per line: {@code number} or {@code number,message}, the message optionally in CSV
 * double quotes (a doubled quote inside stands for one). Blank lines are skipped, and so is a first line that is a
 * header ({@code phoneNumber,message}). A bare number becomes a String (it gets the request's default message), a
 * line with a message a recipient Map.
 */
final class CsvLines implements Iterator<Object> {

    private final BufferedReader lines;
    private final String messageField;
    private long lineNumber;
    private String next;

    CsvLines(BufferedReader lines, String messageField) {
        this.lines = lines;
        this.messageField = messageField;
        this.next = read();
        if (next != null && isHeader(next)) {
            next = read();
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Object next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        String line = next;
        long number = lineNumber;
        next = read();
        int comma = line.indexOf(',');
        if (comma < 0) {
            return line.trim();
        }
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("phoneNumber", line.substring(0, comma).trim());
        recipient.put(messageField, message(line.substring(comma + 1), number));
        return recipient;
    }

    private static String message(String field, long lineNumber) {
        String trimmed = field.strip();
        if (!trimmed.startsWith("\"")) {
            return field;
        }
        StringBuilder message = new StringBuilder(trimmed.length());
        int i = 1;
        while (i < trimmed.length()) {
            char c = trimmed.charAt(i++);
            if (c != '"') {
                message.append(c);
            } else if (i < trimmed.length() && trimmed.charAt(i) == '"') {
                message.append('"');
                i++;
            } else if (i == trimmed.length()) {
                return message.toString();
            } else {
                break;
            }
        }
        throw new RecipientReader.UnreadableRecipients("line " + lineNumber + " has a quoted message that does not "
                + "end with its closing quote at the end of the line (a quote inside is written as two quotes, and a "
                + "message cannot span lines)");
    }

    private static boolean isHeader(String line) {
        int comma = line.indexOf(',');
        String first = (comma < 0 ? line : line.substring(0, comma)).trim();
        return first.equalsIgnoreCase("phoneNumber") || first.equalsIgnoreCase("number");
    }

    private String read() {
        try {
            String line;
            do {
                line = lines.readLine();
                lineNumber++;
            } while (line != null && line.isBlank());
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the recipients from the InputStream body", e);
        }
    }
}
