package io.github.camelcallfire.validation;

import io.github.camelcallfire.CallfireOperationParameters;
import io.github.camelcallfire.model.ActionState;
import io.github.camelcallfire.model.CallResult;
import io.github.camelcallfire.model.TextResult;
import io.github.camelcallfire.model.Voice;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationParam;
import io.github.camelcallfire.operation.ParamLocation;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Checks option values (endpoint options and {@code CamelCallfire...} headers) before anything is sent: what can be
 * known wrong here costs neither a round trip nor, for sends, money.
 */
public final class ArgumentRules {

    /** The API's page size cap (API v1.1 capped pages at 1000, v2 documents no cap and CallFire's samples echo 1000); a larger limit would be cut silently, a smaller one is a typo. */
    public static final long MAX_LIMIT = 1000;

    /**
     * Path and query values go into the request URL, which servers and proxies refuse beyond a few kilobytes; no
     * CallFire option needs more than a short text (texts themselves are limited to 1,600 characters).
     */
    public static final int MAX_URL_VALUE_CHARS = 2048;

    private static final Set<String> PHONE_NUMBERS = Set.of("toNumber", "fromNumber", "number", "callerid");
    /* enum options CallFire takes as one comma-separated list */
    private static final Set<String> COMMA_LISTS = Set.of("states", "results");
    private static final Map<String, Class<?>> OPTION_TYPES = optionTypes();

    private ArgumentRules() {
    }

    /**
     * Checks that the required values are there and that all values are right: what must hold before a request.
     *
     * @param arguments indexed like {@link CallfireOperation#params()}; null means unset
     * @throws InvalidRequestException naming the first missing or wrong value and how to fix it
     */
    public static void check(CallfireOperation operation, Object[] arguments) {
        RequiredOptions.check(operation, arguments);
        checkGiven(operation, arguments);
    }

    /**
     * Checks the values that are set, e.g. endpoint options at route start, when headers may still give the others.
     *
     * @throws InvalidRequestException naming the first wrong value and how to fix it
     */
    public static void checkGiven(CallfireOperation operation, Object[] arguments) {
        List<OperationParam> params = operation.params();
        for (int i = 0; i < params.size(); i++) {
            if (arguments[i] != null) {
                checkValue(operation, params.get(i), arguments[i]);
            }
        }
    }

    /**
     * Checks one value that is set, e.g. one taken from a header, at {@code index} of {@link CallfireOperation#params()}.
     *
     * @throws InvalidRequestException naming the wrong value and how to fix it
     */
    public static void checkGiven(CallfireOperation operation, int index, Object value) {
        checkValue(operation, operation.params().get(index), value);
    }

    private static void checkValue(CallfireOperation operation, OperationParam param, Object value) {
        String name = param.name();
        String whole = String.valueOf(value);
        boolean inUrl = param.location() == ParamLocation.PATH || param.location() == ParamLocation.QUERY;
        if (inUrl && whole.length() > MAX_URL_VALUE_CHARS) {
            throw invalid(operation, param, whole, "is longer than " + MAX_URL_VALUE_CHARS + " characters; path and "
                    + "query values go into the request URL, which servers and proxies refuse when it is that long");
        }
        String control = name.contains("Message") ? null : TextRules.controlCharacter(whole);
        if (control != null) {
            throw invalid(operation, param, whole, "contains " + control + "; option values must be single-line (line "
                    + "breaks could forge HTTP headers)");
        }
        for (String text : texts(param, value)) {
            if (param.location() == ParamLocation.PATH) {
                String problem = TextRules.pathSegmentProblem(text);
                if (problem != null) {
                    throw invalid(operation, param, text, problem + "; it is one segment of the request path");
                }
            }
            if (name.equals("fileName") && (text.contains("/") || text.contains("\\") || text.contains("\""))) {
                throw invalid(operation, param, text, "must be a plain file name such as greeting.mp3, without "
                        + "directories or quotes");
            }
            if (PHONE_NUMBERS.contains(name) && (param.location() != ParamLocation.QUERY || !text.isEmpty())) {
                String problem = TextRules.phoneNumberProblem(text);
                if (problem != null) {
                    throw invalid(operation, param, text, problem);
                }
            }
            checkTyped(operation, param, text, value instanceof CharSequence || value instanceof Collection<?>
                    || value.getClass().isArray());
        }
    }

    private static void checkTyped(CallfireOperation operation, OperationParam param, String text, boolean given) {
        String name = param.name();
        if (isId(name)) {
            if (!TextRules.isPlainId(text)) {
                throw invalid(operation, param, text, "is not an id: CallFire ids are plain digits such as 4096 "
                        + "(at most 18), without sign, spaces, commas or other characters");
            }
            return;
        }
        Class<?> type = OPTION_TYPES.get(name);
        boolean numeric = type == Long.class || type == Integer.class;
        if (numeric && given && !TextRules.isWholeNumber(text)) {
            throw invalid(operation, param, text, "is not a whole number; CallFire expects a number here");
        }
        if (type == Boolean.class && given && !text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw invalid(operation, param, text, "must be true or false");
        }
        if (numeric && TextRules.isWholeNumber(text)) {
            checkRange(operation, param, Long.parseLong(text));
        }
        Set<String> allowed = allowedValues(operation, name);
        if (allowed != null && !allowed.contains(text)) {
            throw invalid(operation, param, text, "is not one of " + String.join(", ", allowed));
        }
    }

    /* id, contactId and the ids of batches, campaigns, lists and sounds: int64 numbers in CallFire */
    private static boolean isId(String name) {
        return name.equals("id") || name.endsWith("Id");
    }

    private static void checkRange(CallfireOperation operation, OperationParam param, long number) {
        String name = param.name();
        if (name.equals("limit") && (number < 1 || number > MAX_LIMIT)) {
            throw invalid(operation, param, Long.toString(number), "must be between 1 and " + MAX_LIMIT
                    + " (the API's largest page); use autoPaginate=true to walk more items");
        }
        if (number < 0) {
            throw invalid(operation, param, Long.toString(number), "must not be negative");
        }
    }

    private static Set<String> allowedValues(CallfireOperation operation, String name) {
        return switch (name) {
            case "defaultVoice" -> names(Voice.values());
            case "states" -> names(ActionState.values());
            case "results" -> operation.api().equals("calls") ? names(CallResult.values()) : names(TextResult.values());
            default -> null;
        };
    }

    /* UNKNOWN is the model's stand-in for values it does not know; sending it would be refused */
    private static Set<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).filter(n -> !n.equals("UNKNOWN"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The single values of an option as the request carries them. Options that take a list (repeatable ones, the comma
     * lists of states and results, the recipients of a send) are split on commas and each element is trimmed, as the
     * request trims it; any other value is checked whole, as it is sent, so that " 7" or "1,2" never passes for an id.
     */
    private static List<String> texts(OperationParam param, Object value) {
        if (takesList(param)) {
            return elements(value);
        }
        // before the path case: an array's own toString ("[J@1b6d3586") would be what an error message quotes
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            StringJoiner joined = new StringJoiner(",");
            forEachItem(value, item -> joined.add(String.valueOf(item)));
            return List.of(joined.toString());
        }
        if (param.location() == ParamLocation.PATH || value instanceof CharSequence || value instanceof Number
                || value instanceof Boolean) {
            return List.of(String.valueOf(value));
        }
        // dates and enums: the component writes them itself
        return List.of();
    }

    private static boolean takesList(OperationParam param) {
        return param.repeatable() || COMMA_LISTS.contains(param.name())
                || param.location() == ParamLocation.LOCAL && param.name().equals("toNumber");
    }

    private static List<String> elements(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof CharSequence sequence) {
            String text = sequence.toString();
            for (String part : text.isEmpty() ? new String[] { text } : text.split(",", -1)) {
                texts.add(part.trim());
            }
        } else if (value instanceof Collection<?> || value.getClass().isArray()) {
            forEachItem(value, item -> texts.addAll(elements(item)));
        } else if (value instanceof Number || value instanceof Boolean) {
            texts.add(value.toString());
        }
        return texts;
    }

    private static void forEachItem(Object collectionOrArray, Consumer<Object> action) {
        if (collectionOrArray instanceof Collection<?> collection) {
            collection.forEach(action);
        } else {
            for (int i = 0; i < Array.getLength(collectionOrArray); i++) {
                action.accept(Array.get(collectionOrArray, i));
            }
        }
    }

    private static InvalidRequestException invalid(CallfireOperation operation, OperationParam param, String value,
                                                   String problem) {
        return new InvalidRequestException(operation.operationId(), param.name(), "callfire:" + operation.uriPath()
                + " (" + operation.operationId() + "): " + param.name() + " " + ValueQuote.quote(value) + " " + problem
                + ". Set it with the " + param.name() + " option or the " + param.headerName() + " header.");
    }

    private static Map<String, Class<?>> optionTypes() {
        Map<String, Class<?>> types = new HashMap<>();
        for (Field field : CallfireOperationParameters.class.getDeclaredFields()) {
            types.put(field.getName(), field.getType());
        }
        return types;
    }
}
