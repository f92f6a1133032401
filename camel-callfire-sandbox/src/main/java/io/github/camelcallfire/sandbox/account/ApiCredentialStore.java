package io.github.camelcallfire.sandbox.account;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentSkipListMap;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.state.SandboxState;

/**
 * API credentials created through {@code /me/api/credentials}. Besides the credentials the sandbox was started
 * with, the dispatcher's Basic auth accepts every enabled one ({@link #accepts}).
 */
public final class ApiCredentialStore {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] PASSWORD_CHARS =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    private final SandboxState state;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentSkipListMap<Long, ApiCredential> credentials = new ConcurrentSkipListMap<>();

    public ApiCredentialStore(SandboxState state) {
        this.state = state;
    }

    /** A new, enabled credential with a generated login (12 hex digits, like CallFire's) and password. */
    public ApiCredential create(String name) {
        ApiCredential credential = new ApiCredential(state.nextId(), name, true, generate(HEX, 12),
                generate(PASSWORD_CHARS, 16));
        credentials.put(credential.id(), credential);
        return credential;
    }

    public ApiCredential get(long id) {
        ApiCredential credential = credentials.get(id);
        if (credential == null) {
            throw ApiError.notFound("API credential", id);
        }
        return credential;
    }

    /** Credentials whose name contains {@code name} (case-insensitive; null = all), newest first. */
    public List<ApiCredential> find(String name) {
        String needle = name == null ? null : name.toLowerCase(Locale.ROOT);
        return credentials.descendingMap().values().stream()
                .filter(c -> needle == null || c.name().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }

    public void delete(long id) {
        if (credentials.remove(id) == null) {
            throw ApiError.notFound("API credential", id);
        }
    }

    public void setEnabled(long id, boolean enabled) {
        if (credentials.computeIfPresent(id, (k, c) -> c.withEnabled(enabled)) == null) {
            throw ApiError.notFound("API credential", id);
        }
    }

    /** Whether an enabled credential has exactly this login and password (for HTTP Basic auth). */
    public boolean accepts(String username, String password) {
        return credentials.values().stream()
                .anyMatch(c -> c.enabled() && c.username().equals(username) && c.password().equals(password));
    }

    private String generate(char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(out);
    }
}
