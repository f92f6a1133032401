package io.github.camelcallfire.sandbox.api;

import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.state.SandboxState;

public final class BroadcastsApi implements ApiModule {
    @Override
    public void register(Router router, SandboxState state) {
        // routes are added by the module's owner
    }
}
