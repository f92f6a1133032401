package io.github.camelcallfire.sandbox.api;

import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** One area of the CallFire API: registers its operations under {@code /v2}. */
public interface ApiModule {
    void register(Router router, SandboxState state);
}
