package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every CallFire error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ErrorMessage extends CallfireModel {

    private Integer httpStatusCode;
    // the newer spec types it as a string, but CallFire and its clients use an integer; numeric strings still parse
    private Integer internalCode;
    private String message;
    private String developerMessage;
    private String helpLink;

    public Integer getHttpStatusCode() {
        return httpStatusCode;
    }

    public void setHttpStatusCode(Integer httpStatusCode) {
        this.httpStatusCode = httpStatusCode;
    }

    public Integer getInternalCode() {
        return internalCode;
    }

    public void setInternalCode(Integer internalCode) {
        this.internalCode = internalCode;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getDeveloperMessage() {
        return developerMessage;
    }

    public void setDeveloperMessage(String developerMessage) {
        this.developerMessage = developerMessage;
    }

    public String getHelpLink() {
        return helpLink;
    }

    public void setHelpLink(String helpLink) {
        this.helpLink = helpLink;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("httpStatusCode", httpStatusCode)
                .add("internalCode", internalCode)
                .add("message", message)
                .add("developerMessage", developerMessage)
                .add("helpLink", helpLink)
                .toString();
    }
}
