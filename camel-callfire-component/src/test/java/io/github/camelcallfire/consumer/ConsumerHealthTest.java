package io.github.camelcallfire.consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsumerHealthTest extends ConsumerTestSupport {

    @Test
    void reportsDownWithTheHttpStatusWhenCallfireRejectsTheCredentials() throws Exception {
        CamelContext context = createContext("wrong-password");
        ConsumerHealth.enable(context);
        context.addRoutes(route());
        context.start();

        // before its first poll a consumer is DOWN for readiness anyway; wait for the failed poll
        await().atMost(Duration.ofSeconds(10)).until(() -> ConsumerHealth.isDownAfterFailedPolls(context, "inbound"));
        HealthCheck.Result result = ConsumerHealth.of(context, "inbound").orElseThrow();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertThat(result.getError().map(Throwable::getMessage)).hasValueSatisfying(message -> assertThat(message).contains("HTTP 401"));
    }

    @Test
    void reportsUpWhileThePollsSucceed() throws Exception {
        CamelContext context = createContext();
        ConsumerHealth.enable(context);
        context.addRoutes(route());
        context.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> ConsumerHealth.isUp(context, "inbound"));
    }

    private static RouteBuilder route() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("callfire:texts/find?inbound=true&delay=20&initialDelay=0").routeId("inbound").to("log:inbound");
            }
        };
    }
}
