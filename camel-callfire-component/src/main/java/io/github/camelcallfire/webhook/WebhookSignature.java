package io.github.camelcallfire.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Checks the {@code X-CallFire-Signature} of a notification: Base64 of the HmacSHA1 of the raw body, keyed with the
 * webhook's secret. The comparison takes the same time wherever the first wrong byte is, so answers do not tell how
 * much of a forged signature was right.
 */
final class WebhookSignature {

    static final String HEADER = "X-CallFire-Signature";
    private static final String ALGORITHM = "HmacSHA1";

    private final SecretKeySpec key;

    WebhookSignature(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** True when {@code signature} (the header's value, may be null) signs exactly {@code body}. */
    boolean matches(byte[] body, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(expected(body), given);
    }

    private byte[] expected(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }
}
