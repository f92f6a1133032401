package io.github.camelcallfire.validation;

import io.github.camelcallfire.operation.CallfireOperation;

import java.util.Map;

/**
 * What CallFire requires of each recipient of texts/send and calls/send, checked for every recipient of a list before
 * its first request: a number or contact to reach, well-formed numbers, and something to say (the recipient's own or
 * the request's default). Each check answers the problem in words, or null when the recipient is fine; the caller
 * knows where the recipient stands in its list.
 */
public final class RecipientRules {

    /**
     * Ten SMS segments. CallFire splits longer texts (bigMessageStrategy SEND_MULTIPLE) and bills each part, so a
     * message longer than this is far more likely a bug (a whole document as body) than intended.
     */
    public static final int MAX_TEXT_MESSAGE_CHARS = 1600;

    private final boolean texts;
    private final boolean hasDefaultContent;

    /** @param arguments the send's option values, indexed like {@link CallfireOperation#params()} */
    public RecipientRules(CallfireOperation operation, Object[] arguments) {
        this.texts = operation == CallfireOperation.SEND_TEXTS;
        this.hasDefaultContent = texts ? isSet(operation, arguments, "defaultMessage")
                : isSet(operation, arguments, "defaultLiveMessage")
                || isSet(operation, arguments, "defaultLiveMessageSoundId");
    }

    /** The problem of a plain phone number with {@code message} (null: none of its own), or null. */
    public String numberProblem(String number, String message) {
        String problem = TextRules.phoneNumberProblem(number);
        if (problem != null) {
            return "phone number " + ValueQuote.quote(number) + " " + problem;
        }
        return message == null ? contentProblem(false) : messageProblem(message);
    }

    /** The problem of a recipient given as fields (a Map, or an object's properties), or null. */
    public String fieldsProblem(Map<?, ?> fields) {
        JsonLimits.Violation beyondLimits = JsonLimits.checkValue(fields);
        if (beyondLimits != null) {
            String where = beyondLimits.where();
            return (where.startsWith(".") ? where.substring(1) : where) + " " + beyondLimits.problem();
        }
        Object phoneNumber = fields.get("phoneNumber");
        Object contactId = fields.get("contactId");
        if (phoneNumber == null && contactId == null) {
            return "has neither phoneNumber nor contactId; give each recipient a phoneNumber (digits, e.g. "
                    + "12135551100) or the contactId of a CallFire contact";
        }
        for (String field : new String[] { "phoneNumber", "fromNumber" }) {
            Object value = fields.get(field);
            if (value != null && !(value instanceof String)) {
                return field + " is a " + value.getClass().getSimpleName() + "; give it as a String of digits";
            }
            String problem = value == null ? null : TextRules.phoneNumberProblem((String) value);
            if (problem != null) {
                return field + " " + ValueQuote.quote(value) + " " + problem;
            }
        }
        if (contactId != null && !TextRules.isPlainDigits(String.valueOf(contactId))) {
            return "contactId " + ValueQuote.quote(contactId) + " is not a CallFire id (plain digits such as 4096)";
        }
        Object message = fields.get(texts ? "message" : "liveMessage");
        if (message != null && !(message instanceof String)) {
            return (texts ? "message" : "liveMessage") + " is a " + message.getClass().getSimpleName()
                    + "; give it as a String";
        }
        boolean ownContent = message != null || !texts && fields.get("liveMessageSoundId") != null;
        return ownContent ? messageProblem((String) message) : contentProblem(true);
    }

    /** The problem of the request's defaultMessage, or null. */
    public String defaultMessageProblem(Object defaultMessage) {
        return defaultMessage instanceof String text ? messageProblem(text) : null;
    }

    private String contentProblem(boolean fields) {
        if (hasDefaultContent) {
            return null;
        }
        return texts
                ? "has no message and the request has no defaultMessage; give " + (fields ? "each recipient a message"
                        : "the message as the String body") + ", or set the defaultMessage option or the "
                        + "CamelCallfireDefaultMessage header"
                : "has nothing to play: no liveMessage or liveMessageSoundId, and the request has no "
                        + "defaultLiveMessage or defaultLiveMessageSoundId; give " + (fields ? "each recipient a "
                        + "liveMessage" : "the live message as the String body") + ", or set defaultLiveMessage "
                        + "(option or CamelCallfireDefaultLiveMessage header)";
    }

    private String messageProblem(String message) {
        if (texts && message != null && message.length() > MAX_TEXT_MESSAGE_CHARS) {
            return "message is " + message.length() + " characters long; texts are limited to "
                    + MAX_TEXT_MESSAGE_CHARS + " (10 SMS segments, each billed). Shorten it or send a link";
        }
        return null;
    }

    private static boolean isSet(CallfireOperation operation, Object[] arguments, String name) {
        int index = operation.indexOf(name);
        return index >= 0 && arguments[index] != null && !String.valueOf(arguments[index]).isEmpty();
    }
}
