package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A phone number available for purchase. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Number extends CallfireModel {

    private String number;
    private String nationalFormat;
    private Boolean tollFree;
    private Region region;
    private Boolean sendEmailOnCreate;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getNationalFormat() {
        return nationalFormat;
    }

    public void setNationalFormat(String nationalFormat) {
        this.nationalFormat = nationalFormat;
    }

    public Boolean getTollFree() {
        return tollFree;
    }

    public void setTollFree(Boolean tollFree) {
        this.tollFree = tollFree;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public Boolean getSendEmailOnCreate() {
        return sendEmailOnCreate;
    }

    public void setSendEmailOnCreate(Boolean sendEmailOnCreate) {
        this.sendEmailOnCreate = sendEmailOnCreate;
    }

    ModelDescription describe() {
        return new ModelDescription(this)
                .add("number", number)
                .add("nationalFormat", nationalFormat)
                .add("tollFree", tollFree)
                .add("region", region)
                .add("sendEmailOnCreate", sendEmailOnCreate);
    }

    @Override
    public String toString() {
        return describe().toString();
    }
}
