package io.github.camelcallfire.sandbox.contacts;

import java.util.Optional;

import io.github.camelcallfire.sandbox.http.ApiError;

/** North-American numbers as CallFire stores them: 11 digits, no "+", 10-digit input gets the leading 1. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The normalized number, or a 400 naming {@code field} and the offending value. */
    public static String require(String number, String field) {
        return normalize(number).orElseThrow(() -> ApiError.badRequest(
                field + " must be a 10 or 11 digit phone number, got '" + number + "'"));
    }

    public static Optional<String> normalize(String number) {
        if (number == null || !number.matches("\\d{10,11}")) {
            return Optional.empty();
        }
        return Optional.of(number.length() == 10 ? "1" + number : number);
    }
}
