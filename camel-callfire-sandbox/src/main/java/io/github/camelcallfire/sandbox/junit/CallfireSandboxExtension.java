package io.github.camelcallfire.sandbox.junit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.github.camelcallfire.sandbox.CallfireSandbox;

/**
 * JUnit 5 extension: one sandbox per test class on a free port, reset before each test.
 *
 * <pre>
 * &#64;RegisterExtension
 * static CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();
 * ... SANDBOX.sandbox().baseUrl() ...
 * </pre>
 */
public final class CallfireSandboxExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final CallfireSandbox.Builder builder;
    private boolean resetBeforeEach = true;
    private CallfireSandbox sandbox;

    /** Default credentials, delivery delay 0 (texts and calls finish at the next read). */
    public CallfireSandboxExtension() {
        this(CallfireSandbox.builder().actionDelayMs(0));
    }

    public CallfireSandboxExtension(CallfireSandbox.Builder builder) {
        this.builder = builder;
    }

    /** Keeps state between the tests of a class (for tests that build on each other). */
    public CallfireSandboxExtension keepStateBetweenTests() {
        this.resetBeforeEach = false;
        return this;
    }

    public CallfireSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("the sandbox starts before the first test of the class");
        }
        return sandbox;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox = builder.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetBeforeEach) {
            sandbox.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sandbox != null) {
            sandbox.stop();
            sandbox = null;
        }
    }
}
