package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Permission of the account owning the credentials. {@link #UNKNOWN} stands for any value this version does not
 * know yet.
 */
public enum Permission {
    API, ACCOUNT_HOLDER, AGENT, UNKNOWN;

    @JsonCreator
    public static Permission fromValue(String value) {
        return LenientEnum.parse(Permission.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
