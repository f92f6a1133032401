package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Import and validation status of a contact list. {@link #UNKNOWN} stands for any value this version does not know
 * yet.
 */
public enum ContactListStatus {
    ACTIVE, VALIDATING, IMPORTING, IMPORT_FAILED, ERRORS, DELETED, PARSE_FAILED, COLUMN_TOO_LARGE, UNKNOWN;

    @JsonCreator
    public static ContactListStatus fromValue(String value) {
        return LenientEnum.parse(ContactListStatus.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
