package io.github.camelcallfire.sandbox.contacts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform-wide do-not-contact answer. The sandbox blocks every direction for premium-rate numbers (those
 * starting 1900, e.g. 19005550100) and allows every direction for all other numbers, so tests can reach both
 * answers deterministically.
 */
public final class UniversalDnc {

    public static final String BLOCKED_PREFIX = "1900";

    private UniversalDnc() {
    }

    /** {@code fromNumber} may be null; a premium-rate number on either side blocks the pair. */
    public static Map<String, Object> lookup(String toNumber, String fromNumber) {
        boolean allowed = !toNumber.startsWith(BLOCKED_PREFIX)
                && (fromNumber == null || !fromNumber.startsWith(BLOCKED_PREFIX));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("toNumber", toNumber);
        if (fromNumber != null) {
            answer.put("fromNumber", fromNumber);
        }
        answer.put("inboundCall", allowed);
        answer.put("inboundText", allowed);
        answer.put("outboundCall", allowed);
        answer.put("outboundText", allowed);
        return answer;
    }
}
