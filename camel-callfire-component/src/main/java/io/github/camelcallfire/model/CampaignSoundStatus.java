package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Processing status of a campaign sound. {@link #UNKNOWN} stands for any value this version does not know yet. */
public enum CampaignSoundStatus {
    UPLOAD, RECORDING, ACTIVE, ACTIVE_SYSTEM, FAILED, ARCHIVED, SCRUBBED, UNKNOWN;

    @JsonCreator
    public static CampaignSoundStatus fromValue(String value) {
        return LenientEnum.parse(CampaignSoundStatus.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
