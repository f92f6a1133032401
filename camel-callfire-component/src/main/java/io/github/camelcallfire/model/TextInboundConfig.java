package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Forwards inbound texts of a number or keyword. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TextInboundConfig extends CallfireModel {

    private Boolean forwardEnabled;
    private String forwardNumber;

    public Boolean getForwardEnabled() {
        return forwardEnabled;
    }

    public void setForwardEnabled(Boolean forwardEnabled) {
        this.forwardEnabled = forwardEnabled;
    }

    public String getForwardNumber() {
        return forwardNumber;
    }

    public void setForwardNumber(String forwardNumber) {
        this.forwardNumber = forwardNumber;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("forwardEnabled", forwardEnabled)
                .add("forwardNumber", forwardNumber)
                .toString();
    }
}
