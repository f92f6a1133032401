package io.github.camelcallfire.http;

import org.apache.camel.spi.HttpResponseAware;

/**
 * CallFire answered with a non-2xx status. Carries what CallFire said (status, internal code, messages, help link)
 * and where (operation and request path; never credentials). A body that was not CallFire's JSON error is kept as
 * raw text in {@link #getMessage()}'s API message.
 */
public class CallfireApiException extends RuntimeException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int httpStatus;
    private String httpStatusText;
    private final Integer internalCode;
    private final String apiMessage;
    private final String developerMessage;
    private final String helpLink;
    private final String operationId;
    private final String requestPath;

    public CallfireApiException(int httpStatus, Integer internalCode, String apiMessage, String developerMessage,
                                String helpLink, String operationId, String requestPath) {
        super("CallFire " + operationId + " (" + requestPath + ") failed with HTTP " + httpStatus
                + (internalCode != null ? ", internalCode " + internalCode : "")
                + (apiMessage != null ? ": " + apiMessage : "")
                + (developerMessage != null && !developerMessage.equals(apiMessage) ? " (" + developerMessage + ")" : ""));
        this.httpStatus = httpStatus;
        this.internalCode = internalCode;
        this.apiMessage = apiMessage;
        this.developerMessage = developerMessage;
        this.helpLink = helpLink;
        this.operationId = operationId;
        this.requestPath = requestPath;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    /** CallFire's own error code, null when the error body did not carry one. */
    public Integer getInternalCode() {
        return internalCode;
    }

    /** CallFire's message, or the raw body when it was not CallFire's JSON error. */
    public String getApiMessage() {
        return apiMessage;
    }

    public String getDeveloperMessage() {
        return developerMessage;
    }

    public String getHelpLink() {
        return helpLink;
    }

    /** The CallFire operationId, e.g. getTextBroadcast. */
    public String getOperationId() {
        return operationId;
    }

    /** The request path relative to the base URL, with its query string. */
    public String getRequestPath() {
        return requestPath;
    }

    @Override
    public int getHttpResponseCode() {
        return httpStatus;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpStatus = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return httpStatusText != null ? httpStatusText : apiMessage;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpStatusText = status;
    }
}
