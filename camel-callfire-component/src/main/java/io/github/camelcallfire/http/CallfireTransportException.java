package io.github.camelcallfire.http;

/** The request never got a CallFire answer: connection refused, timeout, broken stream or unreadable JSON. */
public class CallfireTransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String operationId;
    private final String requestPath;

    public CallfireTransportException(String operationId, String requestPath, Throwable cause) {
        super("CallFire " + operationId + " (" + requestPath + ") failed: " + cause.getMessage(), cause);
        this.operationId = operationId;
        this.requestPath = requestPath;
    }

    public String getOperationId() {
        return operationId;
    }

    public String getRequestPath() {
        return requestPath;
    }
}
