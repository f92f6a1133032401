package io.github.camelcallfire.operation;

import io.github.camelcallfire.CallfireConstants;

/** One parameter of an operation: its option name, where it goes, and whether it must be given. */
public final class OperationParam {

    private final String name;
    private final ParamLocation location;
    private final boolean required;
    private final boolean repeatable;
    private final String headerName;

    private OperationParam(String name, ParamLocation location, boolean required, boolean repeatable) {
        this.name = name;
        this.location = location;
        this.required = required;
        this.repeatable = repeatable;
        this.headerName = CallfireConstants.headerFor(name);
    }

    public static OperationParam path(String name) {
        return new OperationParam(name, ParamLocation.PATH, true, false);
    }

    public static OperationParam query(String name) {
        return new OperationParam(name, ParamLocation.QUERY, false, false);
    }

    /** A query parameter sent once per value ({@code ?id=1&id=2}); a String value is split on commas. */
    public static OperationParam repeated(String name) {
        return new OperationParam(name, ParamLocation.QUERY, false, true);
    }

    public static OperationParam form(String name) {
        return new OperationParam(name, ParamLocation.FORM, false, false);
    }

    public static OperationParam local(String name) {
        return new OperationParam(name, ParamLocation.LOCAL, false, false);
    }

    public String name() {
        return name;
    }

    public ParamLocation location() {
        return location;
    }

    public boolean required() {
        return required;
    }

    public boolean repeatable() {
        return repeatable;
    }

    /** The {@code CamelCallfire...} header that overrides this parameter per message. */
    public String headerName() {
        return headerName;
    }

    @Override
    public String toString() {
        return name;
    }
}
