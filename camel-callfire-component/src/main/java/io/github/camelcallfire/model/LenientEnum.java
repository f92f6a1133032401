package io.github.camelcallfire.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Parses CallFire enum strings without failing: the API adds values over time (the official client broke on
 * {@code SKIPPED}), so a value this version does not know maps to the enum's {@code UNKNOWN} constant. The models
 * keep the text itself and use the helpers here to answer constants and to set text from constants: the wire text
 * of a field is only ever replaced by a value CallFire defines, never by {@code "UNKNOWN"}.
 */
final class LenientEnum {

    private static final String UNKNOWN = "UNKNOWN";

    /* Every text and call of every answer carries enums: look them up in a map built once per type. */
    private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
            }
            return byName;
        }
    };

    private LenientEnum() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        Map<String, Enum<?>> byName = BY_NAME.get(type);
        Enum<?> exact = byName.get(value);
        // CallFire docs spell some values in lower case; the wire form is upper case
        Enum<?> found = exact != null ? exact : byName.get(value.trim().toUpperCase(Locale.ROOT));
        return type.cast(found != null ? found : byName.get(UNKNOWN));
    }

    /**
     * The wire text for setting {@code field} to {@code constant}: the current text if it already stands for that
     * constant (so {@code setState(getState())} changes nothing, also for a value this version does not know),
     * else the constant's name.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} on a field whose text is not an unknown value: CallFire
     *                                  defines no value "UNKNOWN"; set the raw text instead
     */
    static <E extends Enum<E>> String wire(E constant, String current, String field) {
        if (constant == null) {
            return null;
        }
        if (current != null && parse(constant.getDeclaringClass(), current) == constant) {
            return current;
        }
        if (UNKNOWN.equals(constant.name())) {
            throw new IllegalArgumentException(constant.getDeclaringClass().getSimpleName() + ".UNKNOWN stands for "
                    + "values this version does not know and is no CallFire value; set the text CallFire expects "
                    + "with setRaw" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
        }
        return constant.name();
    }

    /** The wire texts for a list set from constants; a list answered by {@link #view} keeps its texts. */
    static <E extends Enum<E>> List<String> wireList(List<E> constants, String field) {
        if (constants == null) {
            return null;
        }
        if (constants instanceof EnumView<?> view) {
            return new ArrayList<>(view.texts);
        }
        List<String> texts = new ArrayList<>(constants.size());
        for (E constant : constants) {
            texts.add(wire(constant, null, field));
        }
        return texts;
    }

    /** A live list of constants over the wire texts: reads parse, writes store texts as {@link #wire} does. */
    static <E extends Enum<E>> List<E> view(Class<E> type, List<String> texts, String field) {
        return texts == null ? null : new EnumView<>(type, texts, field);
    }

    private static final class EnumView<E extends Enum<E>> extends AbstractList<E> implements RandomAccess {

        private final Class<E> type;
        private final List<String> texts;
        private final String field;

        EnumView(Class<E> type, List<String> texts, String field) {
            this.type = type;
            this.texts = texts;
            this.field = field;
        }

        @Override
        public E get(int index) {
            return parse(type, texts.get(index));
        }

        @Override
        public int size() {
            return texts.size();
        }

        @Override
        public E set(int index, E element) {
            String current = texts.get(index);
            texts.set(index, wire(element, current, field));
            return parse(type, current);
        }

        @Override
        public void add(int index, E element) {
            texts.add(index, wire(element, null, field));
        }

        @Override
        public E remove(int index) {
            return parse(type, texts.remove(index));
        }
    }
}
