package io.github.camelcallfire.consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsumerHealthTest extends ConsumerTestSupport {

    @Test
    void reportsDownWithTheHttpStatusWhenCallfireRejectsTheCredentials() throws Exception {
        CamelContext context = createContext("wrong-password");
        context.addRoutes(route());
        context.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> consumerCheck(context)
                .filter(result -> result.getState() == HealthCheck.State.DOWN).isPresent());
        HealthCheck.Result result = consumerCheck(context).orElseThrow();
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertThat(result.getError().map(Throwable::getMessage)).hasValueSatisfying(message -> assertThat(message).contains("HTTP 401"));
    }

    @Test
    void reportsUpWhileThePollsSucceed() throws Exception {
        CamelContext context = startContext(route());

        await().atMost(Duration.ofSeconds(10)).until(() -> consumerCheck(context)
                .filter(result -> result.getState() == HealthCheck.State.UP).isPresent());
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
