package io.github.camelcallfire.operation;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.ResourceId;

/** What an operation returns and how the response body is read. */
public final class ResultSpec {

    /** The shape of the successful response. */
    public enum Kind {
        /** Empty response (any 2xx); a body, if the API sends one anyway, is returned as generic JSON. */
        NONE,
        OBJECT,
        PAGE,
        ITEM_LIST,
        /** {@code {"id":N}} of a created resource; its id also goes into the created-id header. */
        CREATED_ID,
        /** Bare JSON {@code true}/{@code false}. */
        BOOLEAN,
        /** Raw bytes streamed from the socket. */
        BINARY
    }

    private static final ResultSpec NO_CONTENT = new ResultSpec(Kind.NONE, null);
    private static final ResultSpec CREATED = new ResultSpec(Kind.CREATED_ID, ResourceId.class);
    private static final ResultSpec BOOL = new ResultSpec(Kind.BOOLEAN, Boolean.class);
    private static final ResultSpec BINARY = new ResultSpec(Kind.BINARY, null);

    private final Kind kind;
    private final Class<?> type;

    private ResultSpec(Kind kind, Class<?> type) {
        this.kind = kind;
        this.type = type;
    }

    public static ResultSpec noContent() {
        return NO_CONTENT;
    }

    public static ResultSpec object(Class<?> type) {
        return new ResultSpec(Kind.OBJECT, type);
    }

    public static ResultSpec page(Class<?> itemType) {
        return new ResultSpec(Kind.PAGE, itemType);
    }

    public static ResultSpec itemList(Class<?> itemType) {
        return new ResultSpec(Kind.ITEM_LIST, itemType);
    }

    public static ResultSpec createdId() {
        return CREATED;
    }

    public static ResultSpec bool() {
        return BOOL;
    }

    public static ResultSpec binary() {
        return BINARY;
    }

    public Kind kind() {
        return kind;
    }

    /** The model class (of one item for pages and lists); null for empty and binary results. */
    public Class<?> type() {
        return type;
    }

    /** The Jackson type to read a JSON response into. */
    public JavaType javaType(TypeFactory types) {
        return switch (kind) {
            case NONE, BINARY -> types.constructType(Object.class);
            case PAGE -> types.constructParametricType(Page.class, type);
            case ITEM_LIST -> types.constructParametricType(ItemList.class, type);
            default -> types.constructType(type);
        };
    }

    /** Human-readable form used by the operations table, e.g. {@code Page<Text>}. */
    public String describe() {
        return switch (kind) {
            case NONE -> "(none)";
            case PAGE -> "Page<" + type.getSimpleName() + ">";
            case ITEM_LIST -> "ItemList<" + type.getSimpleName() + ">";
            case BINARY -> "InputStream";
            default -> type.getSimpleName();
        };
    }
}
