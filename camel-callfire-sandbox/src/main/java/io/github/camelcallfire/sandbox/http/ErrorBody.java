package io.github.camelcallfire.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The CallFire error JSON every 4xx/5xx carries. */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static ObjectNode of(int status, int internalCode, String message, String developerMessage) {
        ObjectNode body = Json.object();
        body.put("httpStatusCode", status);
        body.put("internalCode", internalCode);
        body.put("message", message);
        body.put("developerMessage", developerMessage == null ? message : developerMessage);
        body.put("helpLink", ApiError.HELP_LINK);
        return body;
    }

    public static ObjectNode of(ApiError error) {
        return of(error.status(), error.internalCode(), error.getMessage(), error.developerMessage());
    }
}
