package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Answers inbound calls of a number with an IVR dialplan. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class IvrInboundConfig extends CallfireModel {

    private String dialplanXml;

    public String getDialplanXml() {
        return dialplanXml;
    }

    public void setDialplanXml(String dialplanXml) {
        this.dialplanXml = dialplanXml;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("dialplanXml", dialplanXml)
                .toString();
    }
}
