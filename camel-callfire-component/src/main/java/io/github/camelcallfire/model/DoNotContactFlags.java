package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The directions a do-not-contact entry blocks, and where it came from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class DoNotContactFlags extends CallfireModel {

    private Boolean call;
    private Boolean text;
    private Boolean inboundCall;
    private Boolean inboundText;
    private String source;

    public Boolean getCall() {
        return call;
    }

    public void setCall(Boolean call) {
        this.call = call;
    }

    public Boolean getText() {
        return text;
    }

    public void setText(Boolean text) {
        this.text = text;
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

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    ModelDescription describe() {
        return new ModelDescription(this)
                .add("call", call)
                .add("text", text)
                .add("inboundCall", inboundCall)
                .add("inboundText", inboundText)
                .add("source", source);
    }

    @Override
    public String toString() {
        return describe().toString();
    }
}
