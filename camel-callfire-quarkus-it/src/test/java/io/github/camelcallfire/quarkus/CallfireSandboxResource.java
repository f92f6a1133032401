package io.github.camelcallfire.quarkus;

import java.util.Map;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the CallFire sandbox on a free port before Quarkus boots and hands its address and credentials to the
 * configuration as {@code callfire.sandbox.*}, which application.properties maps onto the component.
 */
public class CallfireSandboxResource implements QuarkusTestResourceLifecycleManager {

    private CallfireSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = CallfireSandbox.start();
        return Map.of(
                "callfire.sandbox.base-url", sandbox.baseUrl(),
                "callfire.sandbox.username", sandbox.username(),
                "callfire.sandbox.password", sandbox.password());
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }
}
