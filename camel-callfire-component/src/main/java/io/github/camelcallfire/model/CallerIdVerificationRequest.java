package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The code CallFire phoned to verify a caller id. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CallerIdVerificationRequest extends CallfireModel {

    private String verificationCode;

    public static CallerIdVerificationRequest of(String verificationCode) {
        CallerIdVerificationRequest request = new CallerIdVerificationRequest();
        request.setVerificationCode(verificationCode);
        return request;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public void setVerificationCode(String verificationCode) {
        this.verificationCode = verificationCode;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("verificationCode", verificationCode)
                .toString();
    }
}
