package io.github.camelcallfire.sandbox.store;

import java.util.Optional;

import io.github.camelcallfire.sandbox.http.ApiError;

/**
 * CallFire's number rules, shared by every area: numbers are 11-digit North American numbers written as digits
 * only, without "+" (10 digits get the leading 1); senders may also be 5-6 digit short codes.
 */
public final class PhoneNumbers {

    public static final String SHARED_SHORT_CODE = "67076";

    private PhoneNumbers() {
    }

    /** The 11-digit form of a recipient number, empty when it is not a valid one. */
    public static Optional<String> recipient(String raw) {
        String digits = digitsOf(raw);
        if (digits == null) {
            return Optional.empty();
        }
        if (digits.length() == 10) {
            return Optional.of("1" + digits);
        }
        return digits.length() == 11 ? Optional.of(digits) : Optional.empty();
    }

    /** A sender number or short code, normalized; a 400 naming {@code field} when it is neither. */
    public static String sender(String raw, String field) {
        String digits = digitsOf(raw);
        if (digits != null && (digits.length() == 5 || digits.length() == 6)) {
            return digits;
        }
        return recipient(raw).orElseThrow(() -> ApiError.badRequest("'" + field + "' must be a 10 or 11 digit number "
                + "or a 5-6 digit short code, got '" + raw + "'"));
    }

    /** A number that must be a valid recipient number; a 400 naming {@code field} otherwise. */
    public static String requireRecipient(String raw, String field) {
        return recipient(raw).orElseThrow(() -> ApiError.badRequest("'" + field
                + "' must be a 10 or 11 digit phone number, got '" + raw + "'"));
    }

    /* a loop, not a stream: every recipient of a bulk send passes here */
    private static String digitsOf(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
                return null;
            }
        }
        return raw;
    }
}
