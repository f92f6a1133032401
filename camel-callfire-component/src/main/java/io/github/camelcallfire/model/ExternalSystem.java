package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** CRM a contact was imported from. {@link #UNKNOWN} stands for any value this version does not know yet. */
public enum ExternalSystem {
    NATION_BUILDER, SALES_FORCE_CONTACTS, SALES_FORCE_LEADS, SALES_FORCE_REPORTS, ZOHO, MAIL_CHIMP, UNKNOWN;

    @JsonCreator
    public static ExternalSystem fromValue(String value) {
        return LenientEnum.parse(ExternalSystem.class, value);
    }

    @JsonValue
    public String value() {
        return name();
    }
}
