package io.github.camelcallfire.consumer;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.model.ApiCredential;
import io.github.camelcallfire.poll.PollFailedException;
import io.github.camelcallfire.sandbox.control.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While CallFire refuses the API credentials (401, 403) the consumer asks less and less often, up to
 * authFailureMaxBackoff, and says so in its health check. The spacing is checked by counting the sandbox's requests,
 * against bounds that a slower machine can only stay further below.
 */
class CredentialsRefusedTest extends ConsumerTestSupport {

    private static final String INBOUND_TEXTS = "callfire:texts/find?inbound=true&toNumber=" + OUR_NUMBER
            + "&startFrom=BEGINNING&initialDelay=0";
    private static final long DELAY = 5;

    private final EmittedItems emitted = new EmittedItems();

    @Test
    void refusedCredentialsArePolledExponentiallyLessOften() throws Exception {
        CamelContext context = createContext("wrong-password");
        ConsumerHealth.enable(context);
        context.addRoutes(route(INBOUND_TEXTS + "&delay=" + DELAY));
        long before = sandbox().requestCount();
        long start = System.nanoTime();
        context.start();

        // waits of 5, 10, 20, ... ms: the k-th request comes 5 * (2^(k-1) - 1) ms after the first at the earliest,
        // so after t ms there are at most 1 + log2(t / 5 + 1); polling every 5 ms would make 800 in 4 s
        for (long checkpoint : new long[] {500, 1000, 2000, 4000}) {
            await().pollDelay(Duration.ZERO).until(() -> elapsedMillis(start) >= checkpoint);
            long requests = sandbox().requestCount() - before;
            long elapsed = elapsedMillis(start);
            assertThat(requests).as("requests after %d ms", elapsed).isLessThanOrEqualTo(exponentialBound(elapsed));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox().requestCount() - before >= 8);

        HealthCheck.Result result = ConsumerHealth.of(context, "inbound").orElseThrow();
        long failures = ((Number) result.getDetails().get(HealthCheck.FAILURE_ERROR_COUNT)).longValue();
        assertThat(result.getDetails())
                .containsEntry("callfire.failure", "CREDENTIALS_REFUSED")
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401)
                .containsEntry("callfire.login", sandbox().username())
                .containsEntry("callfire.backoff.ms", DELAY << (failures - 1))
                .hasEntrySatisfying("callfire.next.poll", next -> assertThat(Instant.parse((String) next))
                        .isAfter(Instant.now().minusSeconds(60)));
    }

    @Test
    void backOffStopsGrowingAtAuthFailureMaxBackoff() throws Exception {
        CamelContext context = createContext("wrong-password");
        ConsumerHealth.enable(context);
        context.addRoutes(route(INBOUND_TEXTS + "&delay=" + DELAY + "&authFailureMaxBackoff=40"));
        context.start();

        // 5, 10, 20, 40, 40, ...: 30 polls take about a second; doubling without a cap would take a month
        await().atMost(Duration.ofSeconds(30)).until(() -> ConsumerHealth.failedPolls(context, "inbound") >= 30);
        assertThat(ConsumerHealth.of(context, "inbound").orElseThrow().getDetails())
                .containsEntry("callfire.backoff.ms", 40L);
    }

    @Test
    void forbiddenCountsAsRefusedCredentials() throws Exception {
        sandbox().addFault(textsFault(403));
        CamelContext context = createContext();
        ConsumerHealth.enable(context);
        context.addRoutes(route(INBOUND_TEXTS + "&delay=" + DELAY + "&authFailureMaxBackoff=40&failureMaxBackoff=0"));
        context.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> ConsumerHealth.failedPolls(context, "inbound") >= 5);
        HealthCheck.Result result = ConsumerHealth.of(context, "inbound").orElseThrow();
        assertThat(result.getDetails())
                .containsEntry("callfire.failure", "CREDENTIALS_REFUSED")
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 403)
                .containsEntry("callfire.backoff.ms", 40L);
        assertThat(result.getError()).hasValueSatisfying(error -> assertThat(error).hasMessageStartingWith(
                "CallFire refused the API credentials of login '" + sandbox().username() + "' with HTTP 403"));
    }

    @Test
    void aRouteThatBridgesErrorsCatchesTheRefusalAsCallfireApiException() throws Exception {
        List<Throwable> caught = new CopyOnWriteArrayList<>();
        CamelContext context = createContext("wrong-password");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(CallfireApiException.class).handled(true)
                        .process(exchange -> caught.add(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)));
                from(INBOUND_TEXTS + "&delay=" + DELAY + "&bridgeErrorHandler=true").process(emitted);
            }
        });
        context.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> caught.size() >= 2);
        assertThat(caught).allSatisfy(failure -> assertThat(failure).isInstanceOf(PollFailedException.class)
                .cause().isInstanceOfSatisfying(CallfireApiException.class,
                        api -> assertThat(api.getHttpStatus()).isEqualTo(401)));
        assertThat(emitted.distinct()).isZero();
    }

    @Test
    void pollsAtTheDelayAgainOnceTheCredentialsAreAccepted() throws Exception {
        CamelContext accountContext = createContext();
        accountContext.start();
        ProducerTemplate account = accountContext.createProducerTemplate();
        ApiCredential request = new ApiCredential();
        request.setName("poller");
        ApiCredential credential = account.requestBody("callfire:api-credentials/create", request, ApiCredential.class);
        account.sendBody("callfire:api-credentials/disable?id=" + credential.getId(), null);

        CamelContext context = createContext();
        CallfireComponent poller = context.getComponent("callfire", CallfireComponent.class);
        poller.getConfiguration().setUsername(credential.getUsername());
        poller.getConfiguration().setPassword(credential.getPassword());
        ConsumerHealth.enable(context);
        context.addRoutes(route(INBOUND_TEXTS + "&delay=" + DELAY));
        context.start();

        // nine refusals: the consumer now waits 5 * 2^8 = 1280 ms between polls
        await().atMost(Duration.ofSeconds(30)).until(() -> ConsumerHealth.failedPolls(context, "inbound") >= 9);
        HealthCheck.Result down = ConsumerHealth.of(context, "inbound").orElseThrow();
        assertThat(down.getDetails()).containsEntry("callfire.login", credential.getUsername());
        assertThat(down.getDetails().values()).allSatisfy(value -> assertThat(value).asString()
                .doesNotContain(credential.getPassword()));
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .doesNotContain(credential.getPassword()));
        assertThat(down.getError()).hasValueSatisfying(error -> assertThat(error.getMessage())
                .contains(credential.getUsername()).doesNotContain(credential.getPassword()));

        long text = sandbox().injectInboundText(HANDSET, OUR_NUMBER, "hello again");
        account.sendBody("callfire:api-credentials/enable?id=" + credential.getId(), null);

        await().atMost(Duration.ofSeconds(30)).until(() -> emitted.timesEmitted(text) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> ConsumerHealth.isUp(context, "inbound"));
        // back at the 5 ms delay: 100 polls take well under a second; a wait of 1280 ms would leave 8 in 10 s
        long recovered = sandbox().requestCount();
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox().requestCount() - recovered >= 100);
    }

    private RouteBuilder route(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("inbound").process(emitted);
            }
        };
    }

    static Fault textsFault(int status) {
        Fault fault = new Fault();
        fault.setPath("/v2/texts.*");
        fault.setStatus(status);
        return fault;
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The most requests an exponential back-off from DELAY allows within {@code elapsed} ms of the first one. */
    private static long exponentialBound(long elapsed) {
        return 1 + (63 - Long.numberOfLeadingZeros(elapsed / DELAY + 1));
    }
}
