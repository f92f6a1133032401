package io.github.camelcallfire.reliability;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireConfiguration;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.sandbox.control.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The figures of docs/reliability.md: 5,000 sends and 2,000 inbound texts through a sandbox that fails 10% of
 * requests with 500, 5% with 429 and Retry-After, drops 2% of connections and adds latency to the rest. Every
 * send ends either in CallFire or in the error handler, and every inbound text is emitted exactly once.
 */
class FaultFiguresTest extends CallfireTestSupport {

    private static final int SENDS = 5_000;
    private static final int INBOUND = 2_000;
    private static final String OUR_NUMBER = "12135550100";
    private static final String HANDSET = "13105550111";

    private final Set<String> sentNumbers = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failedNumbers = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> inboundSeen = new ConcurrentHashMap<>();

    @Override
    protected void addRoutes(CamelContext camelContext) throws Exception {
        CallfireConfiguration configuration = camelContext.getComponent("callfire", CallfireComponent.class)
                .getConfiguration();
        configuration.setRetryInitialDelay(20);
        configuration.setRetryMaxDelay(200);
        configuration.setMaxRetryAfter(1_000);
        camelContext.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(this::recordFailure);
                from("direct:send").to("callfire:texts/send")
                        .process(e -> sentNumbers.add(e.getMessage().getHeader(CallfireConstants.TO_NUMBER, String.class)));
                from("callfire:texts/find?inbound=true&toNumber=" + OUR_NUMBER
                        + "&startFrom=BEGINNING&delay=10&initialDelay=0&pageSize=200&failureMaxBackoff=200").routeId("inbound")
                        .process(e -> inboundSeen.computeIfAbsent(e.getMessage().getBody(Text.class).getId(),
                                id -> new AtomicInteger()).incrementAndGet());
            }

            private void recordFailure(Exchange exchange) {
                Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
                String kind = cause instanceof CallfireApiException api ? "HTTP " + api.getHttpStatus()
                        : cause.getClass().getSimpleName();
                String number = exchange.getMessage().getHeader(CallfireConstants.TO_NUMBER, String.class);
                if (number != null) {
                    failedNumbers.put(number, kind);
                }
            }
        });
    }

    @Test
    void everySendIsAccountedForAndEveryInboundTextArrivesOnce() throws Exception {
        injectFaults();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        CompletableFuture<Void> inbound = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < INBOUND; i++) {
                sandbox().injectInboundText(HANDSET, OUR_NUMBER, "inbound " + i);
            }
        });
        CompletableFuture<?>[] sends = IntStream.range(0, SENDS).mapToObj(i -> CompletableFuture.runAsync(() ->
                template.sendBodyAndHeader("direct:send", "outbound " + i, CallfireConstants.TO_NUMBER,
                        number(i)), senders)).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(sends).get(120, TimeUnit.SECONDS);
        inbound.get(60, TimeUnit.SECONDS);
        senders.shutdown();
        await().atMost(Duration.ofSeconds(60)).until(() -> inboundSeen.size() >= INBOUND);
        context.getRouteController().stopRoute("inbound");
        sandbox().clearFaults();

        Set<String> inSandbox = outboundNumbersInSandbox();
        Set<String> lost = new HashSet<>(sentNumbers);
        lost.removeAll(inSandbox);
        Set<String> sentButReportedFailed = new HashSet<>(failedNumbers.keySet());
        sentButReportedFailed.retainAll(inSandbox);
        long duplicates = inboundSeen.values().stream().filter(n -> n.get() > 1).count();
        Map<String, Integer> failureKinds = new TreeMap<>();
        failedNumbers.values().forEach(kind -> failureKinds.merge(kind, 1, Integer::sum));

        System.out.printf("%nFault test: %d sends, %d inbound texts%n", SENDS, INBOUND);
        System.out.printf("  sent (route completed, text in sandbox) : %d%n", sentNumbers.size());
        System.out.printf("  failed and surfaced to error handler    : %d %s%n", failedNumbers.size(), failureKinds);
        System.out.printf("  sandbox outbound total (inbound=false)  : %d%n", inSandbox.size());
        System.out.printf("  silently lost                           : %d%n", lost.size());
        System.out.printf("  reported failed but delivered           : %d%n", sentButReportedFailed.size());
        System.out.printf("  inbound emitted (distinct)              : %d%n", inboundSeen.size());
        System.out.printf("  inbound duplicated                      : %d%n%n", duplicates);

        assertThat(sentNumbers.size() + failedNumbers.size()).isEqualTo(SENDS);
        assertThat(lost).isEmpty();
        assertThat(inSandbox).hasSize(sentNumbers.size());
        assertThat(inboundSeen).hasSize(INBOUND);
        assertThat(duplicates).isZero();
    }

    private void injectFaults() {
        Fault serverError = new Fault();
        serverError.setPath("/v2/.*");
        serverError.setStatus(500);
        serverError.setProbability(0.10);
        sandbox().addFault(serverError);
        for (int retryAfter : new int[] { 0, 1 }) {
            Fault tooMany = new Fault();
            tooMany.setPath("/v2/.*");
            tooMany.setStatus(429);
            tooMany.setRetryAfterSeconds(retryAfter);
            // two rules of 2.5% each, after the 10% above: about 5% of all requests
            tooMany.setProbability(0.025 / 0.9);
            sandbox().addFault(tooMany);
        }
        Fault dropped = new Fault();
        dropped.setPath("/v2/.*");
        dropped.setDrop(true);
        dropped.setProbability(0.02);
        sandbox().addFault(dropped);
        Fault latency = new Fault();
        latency.setPath("/v2/.*");
        latency.setLatencyMs(5);
        sandbox().addFault(latency);
    }

    private Set<String> outboundNumbersInSandbox() {
        Set<String> numbers = new HashSet<>();
        for (long offset = 0; ; offset += 1000) {
            Page<?> page = template.requestBodyAndHeaders("callfire:texts/find", null, Map.of(
                    CallfireConstants.INBOUND, false, CallfireConstants.LIMIT, 1000, CallfireConstants.OFFSET, offset),
                    Page.class);
            page.getItems().forEach(item -> numbers.add(((Text) item).getToNumber()));
            if (offset + 1000 >= page.getTotalCount()) {
                return numbers;
            }
        }
    }

    private static String number(int i) {
        return String.format("1424555%04d", i);
    }
}
