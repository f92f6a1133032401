package io.github.camelcallfire.consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsumerHealthTest extends ConsumerTestSupport {

    @Test
    void reportsDownWithTheHttpStatusWhenCallfireRejectsTheCredentials() throws Exception {
        CamelContext context = createContext("wrong-password");
        enableConsumerHealthChecks(context);
        context.addRoutes(route());
        context.start();

        // before its first poll a consumer is DOWN for readiness anyway; wait for the failed poll
        await().atMost(Duration.ofSeconds(10)).until(() -> consumerCheck(context)
                .filter(result -> result.getDetails().containsKey(HealthCheck.FAILURE_ERROR_COUNT)
                        && ((Number) result.getDetails().get(HealthCheck.FAILURE_ERROR_COUNT)).longValue() > 0)
                .isPresent());
        HealthCheck.Result result = consumerCheck(context).orElseThrow();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertThat(result.getError().map(Throwable::getMessage)).hasValueSatisfying(message -> assertThat(message).contains("HTTP 401"));
    }

    @Test
    void reportsUpWhileThePollsSucceed() throws Exception {
        CamelContext context = createContext();
        enableConsumerHealthChecks(context);
        context.addRoutes(route());
        context.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> consumerCheck(context)
                .filter(result -> result.getState() == HealthCheck.State.UP).isPresent());
    }

    /** What camel-main does for camel.health.consumersEnabled=true. */
    private static void enableConsumerHealthChecks(CamelContext context) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
    }

    private static RouteBuilder route() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("callfire:texts/find?inbound=true&delay=20&initialDelay=0").routeId("inbound").to("log:inbound");
            }
        };
    }

    private static Optional<HealthCheck.Result> consumerCheck(CamelContext context) {
        return HealthCheckHelper.invoke(context).stream()
                .filter(result -> result.getCheck().getId().equals("consumer:inbound"))
                .findFirst();
    }
}
