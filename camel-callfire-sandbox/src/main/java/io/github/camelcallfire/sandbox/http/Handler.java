package io.github.camelcallfire.sandbox.http;

/** Answers one routed request; throw {@link ApiError} for a CallFire error answer. */
@FunctionalInterface
public interface Handler {
    SandboxResponse handle(SandboxRequest request) throws Exception;
}
