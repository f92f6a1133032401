package io.github.camelcallfire.consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;

import java.util.Optional;

/** The health check of a consumer route, as camel-main or Spring Boot would show it. */
final class ConsumerHealth {

    private ConsumerHealth() {
    }

    /** What camel-main does for camel.health.consumersEnabled=true; call before the context starts. */
    static void enable(CamelContext context) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
    }

    static Optional<HealthCheck.Result> of(CamelContext context, String routeId) {
        return HealthCheckHelper.invoke(context).stream()
                .filter(result -> result.getCheck().getId().equals("consumer:" + routeId))
                .findFirst();
    }

    static boolean isUp(CamelContext context, String routeId) {
        return of(context, routeId).filter(result -> result.getState() == HealthCheck.State.UP).isPresent();
    }

    /** DOWN because polls failed (not merely because the first poll has not run yet). */
    static boolean isDownAfterFailedPolls(CamelContext context, String routeId) {
        return failedPolls(context, routeId) > 0;
    }

    /** Failed polls in a row as the health check counts them; 0 while the consumer is healthy. */
    static long failedPolls(CamelContext context, String routeId) {
        return of(context, routeId)
                .filter(result -> result.getState() == HealthCheck.State.DOWN)
                .map(result -> result.getDetails().get(HealthCheck.FAILURE_ERROR_COUNT))
                .map(count -> ((Number) count).longValue())
                .orElse(0L);
    }
}
