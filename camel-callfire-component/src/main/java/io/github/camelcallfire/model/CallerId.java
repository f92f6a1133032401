package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/** A verified number the account may call from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CallerId extends CallfireModel {

    private String phoneNumber;

    @Override
    public boolean equals(Object other) {
        return other instanceof CallerId that && Objects.equals(phoneNumber, that.phoneNumber)
                && getUnknownFields().equals(that.getUnknownFields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(phoneNumber, getUnknownFields());
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("phoneNumber", phoneNumber)
                .toString();
    }
}
