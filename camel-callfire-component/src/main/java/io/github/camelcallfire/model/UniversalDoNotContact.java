package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Platform-wide contact rules between two numbers (read only). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class UniversalDoNotContact extends CallfireModel {

    private String toNumber;
    private String fromNumber;
    private Boolean inboundCall;
    private Boolean inboundText;
    private Boolean outboundCall;
    private Boolean outboundText;

    public String getToNumber() {
        return toNumber;
    }

    public void setToNumber(String toNumber) {
        this.toNumber = toNumber;
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public void setFromNumber(String fromNumber) {
        this.fromNumber = fromNumber;
    }

    public Boolean getInboundCall() {
        return inboundCall;
    }

    public void setInboundCall(Boolean inboundCall) {
        this.inboundCall = inboundCall;
    }

    public Boolean getInboundText() {
        return inboundText;
    }

    public void setInboundText(Boolean inboundText) {
        this.inboundText = inboundText;
    }

    public Boolean getOutboundCall() {
        return outboundCall;
    }

    public void setOutboundCall(Boolean outboundCall) {
        this.outboundCall = outboundCall;
    }

    public Boolean getOutboundText() {
        return outboundText;
    }

    public void setOutboundText(Boolean outboundText) {
        this.outboundText = outboundText;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("toNumber", toNumber)
                .add("fromNumber", fromNumber)
                .add("inboundCall", inboundCall)
                .add("inboundText", inboundText)
                .add("outboundCall", outboundCall)
                .add("outboundText", outboundText)
                .toString();
    }
}
