package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which phone of a contact a broadcast retry dials. {@link #UNKNOWN} stands for any value this version does not
 * know yet.
 */
public enum RetryPhoneType {
    FIRST_NUMBER, HOME_PHONE, WORK_PHONE, MOBILE_PHONE, UNKNOWN;

    @JsonCreator
    public static RetryPhoneType fromValue(String value) {
        return LenientEnum.parse(RetryPhoneType.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
