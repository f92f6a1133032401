package io.github.camelcallfire.sandbox.state;

/**
 * How the sandbox was started: credentials it accepts and how long a simulated text or call takes from
 * READY to FINISHED.
 *
 * @param username        API login accepted with HTTP Basic
 * @param password        API password accepted with HTTP Basic
 * @param actionDelayMs   simulated delivery time of outbound texts and calls (0 = finished at the next read)
 * @param initialCredits  pay-as-you-go credits the account starts with
 */
public record SandboxSettings(String username, String password, long actionDelayMs, double initialCredits) {
}
