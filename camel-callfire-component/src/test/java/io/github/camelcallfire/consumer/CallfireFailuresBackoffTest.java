package io.github.camelcallfire.consumer;

import io.github.camelcallfire.sandbox.control.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * CallFire failing (an error answer, a timeout, a dropped connection) makes the consumer back off up to
 * failureMaxBackoff, and it catches up with everything once CallFire answers again.
 */
class CallfireFailuresBackoffTest extends ConsumerTestSupport {

    // no retries inside a poll, so that each failed poll is one request
    private static final String INBOUND_TEXTS = "callfire:texts/find?inbound=true&toNumber=" + OUR_NUMBER
            + "&startFrom=BEGINNING&initialDelay=0&delay=5&maxRetries=0&responseTimeout=200";

    private final EmittedItems emitted = new EmittedItems();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HTTP 500", "HTTP 503", "timeout", "dropped connection"})
    void backsOffUpToFailureMaxBackoffAndCatchesUpWhenCallfireAnswersAgain(String failure) throws Exception {
        List<Long> injected = injectTexts(3, "during the outage");
        sandbox().addFault(fault(failure));
        CamelContext context = createContext();
        ConsumerHealth.enable(context);
        context.addRoutes(route(INBOUND_TEXTS + "&failureMaxBackoff=40&authFailureMaxBackoff=0"));
        context.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> ConsumerHealth.failedPolls(context, "inbound") >= 8);
        assertThat(ConsumerHealth.of(context, "inbound").orElseThrow().getDetails())
                .containsEntry("callfire.failure", "CALLFIRE_FAILED")
                .containsEntry("callfire.backoff.ms", 40L);
        assertThat(emitted.distinct()).isZero();

        sandbox().clearFaults();
        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == injected.size());
        emitted.assertEachExactlyOnce(injected);
        await().atMost(Duration.ofSeconds(10)).until(() -> ConsumerHealth.isUp(context, "inbound"));
    }

    @Test
    void reportsTheHttpStatusOfTheFailure() throws Exception {
        sandbox().addFault(CredentialsRefusedTest.textsFault(500));
        CamelContext context = createContext();
        ConsumerHealth.enable(context);
        context.addRoutes(route(INBOUND_TEXTS));
        context.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> ConsumerHealth.isDownAfterFailedPolls(context, "inbound"));
        HealthCheck.Result result = ConsumerHealth.of(context, "inbound").orElseThrow();
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 500)
                .doesNotContainKey("callfire.login");
        assertThat(result.getError()).hasValueSatisfying(error -> assertThat(error)
                .hasMessageStartingWith("Polling callfire:texts/find failed: CallFire findTexts")
                .hasMessageContaining("failed with HTTP 500"));
    }

    @Test
    void failureMaxBackoffZeroPollsAtTheDelay() throws Exception {
        sandbox().addFault(CredentialsRefusedTest.textsFault(500));
        CamelContext context = createContext();
        context.addRoutes(route(INBOUND_TEXTS + "&failureMaxBackoff=0"));
        long before = sandbox().requestCount();
        context.start();

        // every 5 ms: 100 polls in well under a second; the default back-off would allow 12 in 10 s
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox().requestCount() - before >= 100);
    }

    private RouteBuilder route(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("inbound").process(emitted);
            }
        };
    }

    private static Fault fault(String failure) {
        Fault fault = new Fault();
        fault.setPath("/v2/texts.*");
        switch (failure) {
            case "HTTP 500" -> fault.setStatus(500);
            case "HTTP 503" -> fault.setStatus(503);
            case "timeout" -> fault.setLatencyMs(1000);
            case "dropped connection" -> fault.setDrop(true);
            default -> throw new IllegalArgumentException(failure);
        }
        return fault;
    }
}
