package io.github.camelcallfire.sandbox.messaging;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

/**
 * Messaging tests drive life cycles by hand: the clock stands still, and texts and calls finish only when a test
 * advances it by {@link #DELAY}.
 */
abstract class FrozenClockApiTest {

    static final long DELAY = 30_000;

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX =
            new CallfireSandboxExtension(CallfireSandbox.builder().actionDelayMs(DELAY));

    SandboxHttp http;

    @BeforeEach
    void freezeClock() {
        SANDBOX.sandbox().clock().freeze();
        http = new SandboxHttp(SANDBOX.sandbox());
    }
}
