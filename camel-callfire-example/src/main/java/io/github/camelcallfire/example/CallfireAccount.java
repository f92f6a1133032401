package io.github.camelcallfire.example;

import io.github.camelcallfire.CallfireConfiguration;
import io.github.camelcallfire.sandbox.CallfireSandbox;

import java.util.Map;
import java.util.Optional;

/**
 * Where the example sends its texts: a real CallFire account, when the environment names one, or an embedded sandbox.
 *
 * @param number the number patients text back to (11 digits); reminders go out from it and the consumer watches it
 */
public record CallfireAccount(String baseUrl, String username, String password, String number) {

    /** The number the example texts from on the sandbox; any valid number works there. */
    public static final String SANDBOX_NUMBER = "12135550000";

    static final String USERNAME = "CALLFIRE_USERNAME";
    static final String PASSWORD = "CALLFIRE_PASSWORD";
    static final String BASE_URL = "CALLFIRE_BASE_URL";
    static final String NUMBER = "CALLFIRE_NUMBER";

    /** The account the environment names, or empty when it names none (then the example runs on the sandbox). */
    public static Optional<CallfireAccount> fromEnvironment(Map<String, String> env) {
        String username = blankToNull(env.get(USERNAME));
        String password = blankToNull(env.get(PASSWORD));
        if (username == null && password == null) {
            return Optional.empty();
        }
        if (username == null || password == null) {
            throw new IllegalArgumentException("Set both " + USERNAME + " and " + PASSWORD
                    + " to run against CallFire, or neither to run on the embedded sandbox; "
                    + (username == null ? USERNAME : PASSWORD) + " is missing");
        }
        String number = blankToNull(env.get(NUMBER));
        if (number == null || !number.matches("\\d{11}|\\d{5,6}")) {
            throw new IllegalArgumentException(NUMBER + " must be the number (11 digits, no plus sign) or short code "
                    + "your patients text back to, but was " + (number == null ? "unset" : "'" + number + "'"));
        }
        String baseUrl = blankToNull(env.get(BASE_URL));
        return Optional.of(new CallfireAccount(baseUrl != null ? baseUrl : CallfireConfiguration.DEFAULT_BASE_URL,
                username, password, number));
    }

    public static CallfireAccount ofSandbox(CallfireSandbox sandbox) {
        return new CallfireAccount(sandbox.baseUrl(), sandbox.username(), sandbox.password(), SANDBOX_NUMBER);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "CallfireAccount[" + baseUrl + ", user " + username + ", number " + number + "]";
    }
}
