package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Creates a campaign sound by calling a phone and recording what is said. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CallCreateSound extends CallfireModel {

    private String name;
    private String toNumber;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getToNumber() {
        return toNumber;
    }

    public void setToNumber(String toNumber) {
        this.toNumber = toNumber;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("name", name)
                .add("toNumber", toNumber)
                .toString();
    }
}
