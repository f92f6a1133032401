package io.github.camelcallfire.send;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.validation.InvalidRequestException;
import io.github.camelcallfire.validation.RecipientRules;
import io.github.camelcallfire.validation.ValueQuote;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.BaseStream;

/**
 * Reads the recipients of a send from whatever the message holds, checks every one of them before anything is sent,
 * and keeps them readable for the requests: collections as they are, one-shot sources (Iterator, Stream, Iterable,
 * InputStream of JSON or CSV lines) in a spool file.
 */
final class RecipientReader {

    private final CallfireOperation operation;
    private final RecipientRules rules;
    private final ObjectMapper mapper;
    private final String messageField;

    RecipientReader(CallfireOperation operation, RecipientRules rules, ObjectMapper mapper) {
        this.operation = operation;
        this.rules = rules;
        this.mapper = mapper;
        this.messageField = operation == CallfireOperation.SEND_CALLS ? "liveMessage" : "message";
    }

    /**
     * @param toNumber the numbers of the toNumber option or header (a comma list, Collection or array), or null
     * @throws InvalidRequestException naming the first bad recipient, its position, the problem and the fix
     */
    PreparedRecipients prepare(Object body, Object toNumber) throws IOException {
        if (toNumber != null) {
            if (body != null && !(body instanceof CharSequence)) {
                throw invalid("toNumber only applies to a String body (the message) or an empty body, but the body "
                        + "is a " + body.getClass().getName() + "; remove toNumber or CamelCallfireToNumber, or send "
                        + "the message as body");
            }
            return fromCollection(numbers(toNumber), body == null ? null : body.toString());
        }
        if (body == null) {
            throw noRecipient("the body is empty");
        }
        if (body instanceof CharSequence text) {
            String json = text.toString();
            if (!looksLikeJson(json)) {
                throw noRecipient("a String body is the message");
            }
            return fromCollection(jsonElements(mapper.getFactory().createParser(json)), null);
        }
        if (body instanceof byte[] bytes) {
            return fromStream(new ByteArrayInputStream(bytes));
        }
        if (body instanceof InputStream stream) {
            return fromStream(stream);
        }
        if (body instanceof Collection<?> collection) {
            return fromCollection(collection, null);
        }
        if (body instanceof Object[] array) {
            return fromCollection(Arrays.asList(array), null);
        }
        if (body instanceof Iterator<?> iterator) {
            return spool(iterator);
        }
        if (body instanceof BaseStream<?, ?> stream) {
            return spool(stream.iterator());
        }
        if (body instanceof Iterable<?> iterable && !(body instanceof JsonNode node && node.isObject())) {
            return spool(iterable.iterator());
        }
        return fromCollection(List.of(body), null);
    }

    private PreparedRecipients fromCollection(Collection<?> elements, String message) {
        RecipientJson json = new RecipientJson(message, messageField, mapper.writer());
        RecipientDigest digest = new RecipientDigest();
        boolean numbersOnly = true;
        for (Object element : elements) {
            numbersOnly &= element instanceof CharSequence;
            digest.add(json.hash(element, check(digest.count(), element, message)));
        }
        requireSome(digest.count());
        return new ListRecipients(elements, json, digest.value(), numbersOnly);
    }

    /** Checks one recipient; returns the fields it was checked by (null for a plain number). */
    private Object check(long index, Object element, String message) {
        String problem;
        Object fields = null;
        if (element instanceof CharSequence number) {
            problem = rules.numberProblem(number.toString(), message);
        } else {
            fields = fields(index, element);
            problem = rules.fieldsProblem((Map<?, ?>) fields);
        }
        if (problem != null) {
            throw invalid("recipient #" + index + " " + problem);
        }
        return fields;
    }

    private Map<?, ?> fields(long index, Object element) {
        if (element instanceof Map<?, ?> map) {
            return map;
        }
        if (element == null || element instanceof Number || element instanceof Boolean) {
            throw invalid("recipient #" + index + " is " + (element == null ? "null" : "a " + element.getClass()
                    .getSimpleName() + " (" + element + ")") + "; give phone numbers as Strings of digits, or "
                    + "recipients as Maps or " + operation.body().type().getSimpleName() + " objects");
        }
        try {
            return mapper.convertValue(element, Map.class);
        } catch (IllegalArgumentException e) {
            throw invalid("recipient #" + index + " is a " + element.getClass().getName() + " that cannot be read as "
                    + "a recipient (" + e.getMessage() + "); give Maps or " + operation.body().type().getSimpleName()
                    + " objects");
        }
    }

    private PreparedRecipients fromStream(InputStream body) throws IOException {
        try (InputStream stream = new BufferedInputStream(body)) {
            stream.mark(1);
            int first = firstNonBlank(stream);
            if (first == '[' || first == '{') {
                JsonParser parser = mapper.getFactory().createParser(stream);
                return spool(new JsonElements(parser));
            }
            return spool(new CsvLines(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)),
                    messageField));
        }
    }

    /* consumes leading white space, leaving the stream at the first other byte; -1 at the end */
    private static int firstNonBlank(InputStream stream) throws IOException {
        while (true) {
            stream.mark(1);
            int next = stream.read();
            if (next < 0 || !Character.isWhitespace(next)) {
                stream.reset();
                return next;
            }
        }
    }

    private PreparedRecipients spool(Iterator<?> elements) throws IOException {
        Path file = Files.createTempFile("camel-callfire-recipients-", ".jsonl");
        file.toFile().deleteOnExit();
        RecipientJson json = new RecipientJson(null, messageField, mapper.writer());
        RecipientDigest digest = new RecipientDigest();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
            generator.setRootValueSeparator(new SerializedString("\n"));
            while (elements.hasNext()) {
                Object element = elements.next();
                digest.add(json.hash(element, check(digest.count(), element, null)));
                json.write(element, generator);
            }
            requireSome(digest.count());
            generator.writeRaw('\n');
        } catch (UnreadableRecipients e) {
            Files.deleteIfExists(file);
            throw invalid(e.getMessage());
        } catch (RuntimeException | IOException | Error e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new SpooledRecipients(file, digest.count(), digest.value());
    }

    private List<Object> jsonElements(JsonParser parser) {
        List<Object> elements = new ArrayList<>();
        try {
            new JsonElements(parser).forEachRemaining(elements::add);
        } catch (UnreadableRecipients e) {
            throw invalid(e.getMessage());
        }
        return elements;
    }

    private void requireSome(long count) {
        if (count == 0) {
            throw invalid("the list of recipients is empty; give at least one "
                    + operation.body().type().getSimpleName());
        }
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '[' || c == '{';
            }
        }
        return false;
    }

    private static Collection<String> numbers(Object toNumber) {
        if (toNumber instanceof String number && number.indexOf(',') < 0) {
            return List.of(number.trim());
        }
        List<String> numbers = new ArrayList<>();
        if (toNumber instanceof Collection<?> || toNumber instanceof Object[]) {
            Iterable<?> values = toNumber instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) toNumber;
            values.forEach(value -> numbers.addAll(numbers(value)));
        } else {
            for (String part : String.valueOf(toNumber).split(",", -1)) {
                numbers.add(part.trim());
            }
        }
        return numbers;
    }

    private InvalidRequestException noRecipient(String why) {
        return invalid("no recipient: " + why + "; set the toNumber option or the CamelCallfireToNumber header to the "
                + "number(s) (digits, e.g. 12135551100; several separated by commas), or give the recipients as body "
                + "(a List, Iterator, Stream or InputStream of numbers or " + operation.body().type().getSimpleName()
                + "s, or their JSON array)");
    }

    private InvalidRequestException invalid(String problem) {
        return new InvalidRequestException(operation.operationId(), "body", "callfire:" + operation.uriPath() + " ("
                + operation.operationId() + "): " + problem + ". Nothing was sent.");
    }

    /** A JSON problem met while iterating; turned into an {@link InvalidRequestException} by the caller. */
    static final class UnreadableRecipients extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableRecipients(String message) {
            super(message);
        }
    }

    /** The elements of a JSON array (or a single JSON object) as Maps and Strings, read one at a time. */
    private final class JsonElements implements Iterator<Object> {

        private final JsonParser parser;
        private final boolean array;
        private JsonToken next;
        private long index;

        JsonElements(JsonParser parser) {
            this.parser = parser;
            JsonToken first = token();
            this.array = first == JsonToken.START_ARRAY;
            if (!array && first != JsonToken.START_OBJECT) {
                throw new UnreadableRecipients("the body is not a JSON array of recipients (it starts with "
                        + first + ")");
            }
            this.next = array ? token() : first;
        }

        @Override
        public boolean hasNext() {
            return next != null && next != JsonToken.END_ARRAY;
        }

        @Override
        public Object next() {
            try {
                Object element = switch (next) {
                    case START_OBJECT -> mapper.readValue(parser, Map.class);
                    case VALUE_STRING -> parser.getText();
                    default -> throw new UnreadableRecipients("recipient #" + index + " is a JSON " + kind(next)
                            + ", not an object with the fields of " + operation.body().type()
                            .getSimpleName() + " (e.g. {\"phoneNumber\":\"12135551100\"}) or a number as a string");
                };
                index++;
                next = array ? token() : null;
                return element;
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        private static String kind(JsonToken token) {
            return switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
                case VALUE_TRUE, VALUE_FALSE -> "boolean";
                case START_ARRAY -> "array";
                default -> "null";
            };
        }

        private JsonToken token() {
            try {
                return parser.nextToken();
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        private UnreadableRecipients unreadable(IOException e) {
            String where = e instanceof JsonProcessingException json && json.getLocation() != null
                    ? " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() : "";
            String detail = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            return new UnreadableRecipients("the body is not valid JSON near recipient #" + index + where + " ("
                    + ValueQuote.quote(detail) + ")");
        }
    }
}
