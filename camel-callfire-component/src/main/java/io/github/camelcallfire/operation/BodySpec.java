package io.github.camelcallfire.operation;

/** What an operation sends as request body. */
public final class BodySpec {

    /** How the body is encoded on the wire. */
    public enum Kind {
        NONE, JSON, JSON_ARRAY, MULTIPART
    }

    private static final BodySpec NO_BODY = new BodySpec(Kind.NONE, null);
    private static final BodySpec MULTIPART = new BodySpec(Kind.MULTIPART, null);

    private final Kind kind;
    private final Class<?> type;

    private BodySpec(Kind kind, Class<?> type) {
        this.kind = kind;
        this.type = type;
    }

    public static BodySpec noBody() {
        return NO_BODY;
    }

    public static BodySpec json(Class<?> type) {
        return new BodySpec(Kind.JSON, type);
    }

    /** A JSON array of {@code elementType}; a single element given as body is wrapped into a one-element array. */
    public static BodySpec jsonArray(Class<?> elementType) {
        return new BodySpec(Kind.JSON_ARRAY, elementType);
    }

    /** A multipart/form-data upload with a {@code file} part. */
    public static BodySpec multipart() {
        return MULTIPART;
    }

    public Kind kind() {
        return kind;
    }

    /** The model class of the body (of one element for arrays); null without a JSON body. */
    public Class<?> type() {
        return type;
    }

    /** Human-readable form used by the operations table, e.g. {@code List<TextRecipient>}. */
    public String describe() {
        return switch (kind) {
            case NONE -> "";
            case JSON -> type.getSimpleName();
            case JSON_ARRAY -> "List<" + type.getSimpleName() + ">";
            case MULTIPART -> "file (File, Path, byte[], InputStream)";
        };
    }
}
