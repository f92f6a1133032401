package io.github.camelcallfire.poll;

import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.http.CallfireTransportException;

/** What made a poll fail; decides the longest back-off and how the failure is logged. */
public enum PollFailureKind {

    /** CallFire answered 401 or 403: the API login or password is wrong, disabled or lacks the permission. */
    CREDENTIALS_REFUSED,
    /** Any other CallFire answer that is not a success (5xx, 429, 404, ...), a timeout or a broken connection. */
    CALLFIRE_FAILED,
    /** Anything else: a bug, the state repository failing, an Error such as OutOfMemoryError. */
    UNEXPECTED;

    public static PollFailureKind of(Throwable failure) {
        if (failure instanceof CallfireApiException api) {
            int status = api.getHttpStatus();
            return status == 401 || status == 403 ? CREDENTIALS_REFUSED : CALLFIRE_FAILED;
        }
        return failure instanceof CallfireTransportException ? CALLFIRE_FAILED : UNEXPECTED;
    }
}
