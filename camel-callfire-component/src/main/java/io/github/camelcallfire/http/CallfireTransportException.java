package io.github.camelcallfire.http;

/**
 * The request got no usable CallFire answer: connection refused, timeout, broken stream or unreadable JSON.
 * {@link #getStage()} tells whether CallFire can have processed the request, which decides whether sending it again is
 * safe.
 */
public class CallfireTransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How far the request got before it failed. */
    public enum Stage {
        /** No byte of the request left this machine (connect failure, pool lease or rate-limit timeout): safe to resend. */
        NOT_SENT,
        /** The request was (or may have been) sent, but no answer came: CallFire may or may not have processed it. */
        OUTCOME_UNKNOWN,
        /** CallFire answered with success, but the answer could not be read: the request was processed. */
        ANSWER_UNREADABLE
    }

    private final String operationId;
    private final String requestPath;
    private final Stage stage;

    public CallfireTransportException(String operationId, String requestPath, Throwable cause, Stage stage) {
        super("CallFire " + operationId + " (" + requestPath + ") failed" + describe(stage) + ": " + cause.getMessage(),
                cause);
        this.operationId = operationId;
        this.requestPath = requestPath;
        this.stage = stage;
    }

    private static String describe(Stage stage) {
        return switch (stage) {
            case NOT_SENT -> " before the request was sent";
            case OUTCOME_UNKNOWN -> " after the request was sent, without an answer";
            case ANSWER_UNREADABLE -> " reading a successful answer";
        };
    }

    public String getOperationId() {
        return operationId;
    }

    public String getRequestPath() {
        return requestPath;
    }

    public Stage getStage() {
        return stage;
    }
}
