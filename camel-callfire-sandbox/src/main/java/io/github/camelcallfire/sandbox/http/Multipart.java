package io.github.camelcallfire.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A parsed {@code multipart/form-data} body: text fields and file parts by name. */
public final class Multipart {

    /** One part; {@code fileName} is null for plain form fields. */
    public record Part(String name, String fileName, String contentType, byte[] data) {
        public String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    private final Map<String, Part> parts;

    private Multipart(Map<String, Part> parts) {
        this.parts = parts;
    }

    public Optional<Part> part(String name) {
        return Optional.ofNullable(parts.get(name));
    }

    public Optional<String> text(String name) {
        return part(name).map(Part::text).filter(s -> !s.isBlank());
    }

    /** The file part, required: a 400 naming the part when it is missing or empty. */
    public Part file(String name) {
        Part part = parts.get(name);
        if (part == null || part.data().length == 0) {
            throw ApiError.badRequest("Multipart part '" + name + "' (the file) is required");
        }
        return part;
    }

    static Multipart parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            throw ApiError.badRequest("Content-Type must be multipart/form-data for this operation");
        }
        String boundary = null;
        for (String p : contentType.split(";")) {
            String t = p.trim();
            if (t.toLowerCase().startsWith("boundary=")) {
                boundary = t.substring("boundary=".length()).replace("\"", "");
            }
        }
        if (boundary == null || boundary.isEmpty()) {
            throw ApiError.badRequest("multipart/form-data without a boundary");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, Part> parts = new LinkedHashMap<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw ApiError.badRequest("Malformed multipart body: boundary not found");
        }
        while (true) {
            int lineEnd = pos + delimiter.length;
            if (lineEnd + 1 < body.length && body[lineEnd] == '-' && body[lineEnd + 1] == '-') {
                break;
            }
            int headersStart = skipCrlf(body, lineEnd);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw ApiError.badRequest("Malformed multipart body: part headers not terminated");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int dataStart = headersEnd + 4;
            int next = indexOf(body, delimiter, dataStart);
            if (next < 0) {
                throw ApiError.badRequest("Malformed multipart body: closing boundary missing");
            }
            int dataEnd = next - 2 >= dataStart ? next - 2 : next;
            byte[] data = new byte[dataEnd - dataStart];
            System.arraycopy(body, dataStart, data, 0, data.length);
            Part part = toPart(headers, data);
            parts.put(part.name(), part);
            pos = next;
        }
        return new Multipart(parts);
    }

    private static Part toPart(String headers, byte[] data) {
        String name = null;
        String fileName = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            String lower = line.toLowerCase();
            if (lower.startsWith("content-disposition:")) {
                name = attribute(line, "name");
                fileName = attribute(line, "filename");
            } else if (lower.startsWith("content-type:")) {
                type = line.substring("content-type:".length()).trim();
            }
        }
        if (name == null) {
            throw ApiError.badRequest("Malformed multipart body: a part has no name");
        }
        return new Part(name, fileName, type, data);
    }

    private static String attribute(String header, String attr) {
        for (String piece : header.split(";")) {
            String t = piece.trim();
            if (t.startsWith(attr + "=")) {
                return t.substring(attr.length() + 1).replace("\"", "");
            }
        }
        return null;
    }

    private static int skipCrlf(byte[] b, int i) {
        return i + 1 < b.length && b[i] == '\r' && b[i + 1] == '\n' ? i + 2 : i;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
