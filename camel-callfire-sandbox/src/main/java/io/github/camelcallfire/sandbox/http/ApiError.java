package io.github.camelcallfire.sandbox.http;

/**
 * A CallFire error answer. Thrown anywhere in a handler; the dispatcher renders it as
 * {@code {httpStatusCode, internalCode, message, developerMessage, helpLink}}.
 */
public class ApiError extends RuntimeException {

    public static final String HELP_LINK = "https://developers.callfire.com/results-responses-errors.html";

    private final int status;
    private final int internalCode;
    private final String developerMessage;

    public ApiError(int status, int internalCode, String message, String developerMessage) {
        super(message, null, false, false);
        this.status = status;
        this.internalCode = internalCode;
        this.developerMessage = developerMessage;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, 0, message, message);
    }

    public static ApiError badRequest(String message, String developerMessage) {
        return new ApiError(400, 0, message, developerMessage);
    }

    public static ApiError notFound(String what, Object id) {
        String message = what + " " + id + " not found";
        return new ApiError(404, 0, message, message);
    }

    public int status() {
        return status;
    }

    public int internalCode() {
        return internalCode;
    }

    public String developerMessage() {
        return developerMessage;
    }
}
