package io.github.camelcallfire.sandbox.account;

import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.state.SandboxState;

/**
 * Caller ids (numbers the account may show as sender of calls) and their verification: a 4-digit code (CallFire's
 * own example is 1234) is "phoned" to the number, then submitted back. As on live CallFire, submitting any code for
 * a caller id that is already verified answers {@code true}, and asking for a code for one is a 400. The sandbox
 * starts with {@value #SEEDED_CALLER_ID} verified, so calls can be sent right away. Numbers are kept as 11 digits;
 * a 10-digit one gets the US country code 1.
 */
public final class CallerIdStore {

    public static final String SEEDED_CALLER_ID = "12132000384";


    private final SecureRandom random = new SecureRandom();
    private final Set<String> verified = new ConcurrentSkipListSet<>(Set.of(SEEDED_CALLER_ID));
    private final Map<String, String> pendingCodes = new ConcurrentHashMap<>();

    /** The signature {@link SandboxState#store} creates stores with. */
    public CallerIdStore(SandboxState state) {
    }

    /** Verified caller ids in ascending order. */
    public List<String> verifiedCallerIds() {
        return List.copyOf(verified);
    }

    public boolean isVerified(String number) {
        return PhoneNumbers.recipient(number).map(verified::contains).orElse(false);
    }

    /** Starts (or restarts) verification: a new code replaces any earlier one. 400 for a verified caller id. */
    public void sendVerificationCode(String callerId) {
        String number = require(callerId);
        if (verified.contains(number)) {
            throw ApiError.badRequest("Cannot send a verification code to " + number
                    + ", a caller id that is already verified");
        }
        pendingCodes.put(number, String.format(Locale.ROOT, "%04d", random.nextInt(10_000)));
    }

    /**
     * Checks a submitted code. A match verifies the caller id and uses the code up; a mismatch leaves it pending.
     * A caller id that is verified already is {@code true} whatever the code. 400 when no code was requested for
     * an unverified number.
     */
    public boolean verify(String callerId, String code) {
        String number = require(callerId);
        if (verified.contains(number)) {
            return true;
        }
        String expected = pendingCodes.get(number);
        if (expected == null) {
            throw ApiError.badRequest("No verification code was requested for caller id " + number
                    + "; POST /me/callerids/" + number + " first");
        }
        if (!expected.equals(code) || !pendingCodes.remove(number, expected)) {
            return false;
        }
        verified.add(number);
        return true;
    }

    /** The code a real phone call to the number would have spoken, while verification is pending. */
    public Optional<String> pendingCode(String callerId) {
        return PhoneNumbers.recipient(callerId).map(pendingCodes::get);
    }

    private static String require(String callerId) {
        return PhoneNumbers.recipient(callerId).orElseThrow(() -> ApiError.badRequest(
                "Caller id must be a phone number of 10 or 11 digits, e.g. 12132000384, got '" + callerId + "'"));
    }

}
