package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Status of a text or call broadcast (campaign). {@link #UNKNOWN} stands for any value this version does not know
 * yet.
 */
public enum BroadcastStatus {
    TEST, SETUP, START_PENDING, RUNNING, SCHEDULED, STOPPED, SUSPENDED, FINISHED, ARCHIVED, VALIDATING_START,
    VALIDATING_EMAIL, BLOCKED_SUSPICIOUS, DECLINED, APPROVED, UNKNOWN;

    @JsonCreator
    public static BroadcastStatus fromValue(String value) {
        return LenientEnum.parse(BroadcastStatus.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
