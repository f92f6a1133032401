package io.github.camelcallfire.reliability;

import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.http.CallfireTransportException;
import io.github.camelcallfire.sandbox.control.Fault;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TimeoutsAndRateLimitTest extends CallfireTestSupport {

    @Test
    void aSilentServerEndsInAResponseTimeout() {
        Fault slow = new Fault();
        slow.setPath("/v2/me/account");
        slow.setLatencyMs(3_000);
        slow.setCount(1);
        sandbox().addFault(slow);

        Exchange exchange = template.request("callfire:account/get?responseTimeout=200&maxRetries=0",
                e -> e.getMessage().setBody(null));

        assertThat(exchange.getException()).isInstanceOf(CallfireTransportException.class)
                .hasCauseInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void aFullPoolEndsInALeaseTimeout() throws Exception {
        String uri = "callfire:account/get?maxConnections=1&connectionRequestTimeout=100&maxRetries=0";
        Fault slow = new Fault();
        slow.setPath("/v2/me/account");
        slow.setLatencyMs(2_000);
        slow.setCount(1);
        sandbox().addFault(slow);
        CompletableFuture<Exchange> holdsTheOnlyConnection = CompletableFuture.supplyAsync(() ->
                template.request(uri, e -> e.getMessage().setBody(null)));
        await().until(() -> slow.getRemaining() == 0);

        Exchange waiting = template.request(uri, e -> e.getMessage().setBody(null));

        assertThat(waiting.getException()).isInstanceOf(CallfireTransportException.class)
                .hasMessageContaining("Timeout");
        assertThat(holdsTheOnlyConnection.get(10, TimeUnit.SECONDS).getException()).isNull();
    }

    @Test
    void theRateLimitRefusesARequestThatWouldWaitTooLongWithoutSendingIt() {
        String uri = "callfire:account/get?rateLimit=0.2&connectionRequestTimeout=100";
        long before = sandbox().requestCount();

        Exchange first = template.request(uri, e -> e.getMessage().setBody(null));
        Exchange second = template.request(uri, e -> e.getMessage().setBody(null));

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isInstanceOf(CallfireTransportException.class)
                .hasMessageContaining("No permit of the client-side rate limit");
        assertThat(sandbox().requestCount() - before).isEqualTo(1);
    }

    @Test
    void theRateLimitLetsRequestsThroughWithinTheWait() {
        String uri = "callfire:account/get?rateLimit=50&connectionRequestTimeout=5000";
        long before = sandbox().requestCount();

        for (int i = 0; i < 120; i++) {
            assertThat(template.request(uri, e -> e.getMessage().setBody(null)).getException()).isNull();
        }

        assertThat(sandbox().requestCount() - before).isEqualTo(120);
    }
}
