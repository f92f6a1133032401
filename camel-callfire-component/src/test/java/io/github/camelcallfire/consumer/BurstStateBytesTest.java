package io.github.camelcallfire.consumer;

import io.github.camelcallfire.CallfireConstants;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Guards issue 11's state writes: the position used to carry every id of the look-back window, written after each
 * exchange, so a burst of 20,000 texts wrote about 1.3 GB. Here a running consumer takes a burst of 100,000 texts and
 * writes less than 20 MB of state in all.
 */
class BurstStateBytesTest extends ConsumerTestSupport {

    private static final int BURST = 100_000;

    @Test
    void aBurstOfAHundredThousandTextsWritesLessThanTwentyMegabytesOfState() throws Exception {
        CountingStateRepository state = new CountingStateRepository();
        // written by the polling thread, read by this one
        List<Long> emitted = Collections.synchronizedList(new ArrayList<>(BURST));
        var context = createContext();
        context.getRegistry().bind("state", state);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("callfire:texts/find?inbound=true&toNumber=" + OUR_NUMBER
                        + "&delay=20&initialDelay=0&stateRepository=#state")
                        .process(exchange -> emitted.add(exchange.getMessage().getHeader(CallfireConstants.ITEM_ID,
                                Long.class)));
            }
        });
        context.start();

        List<Long> injected = CompletableFuture.supplyAsync(() -> injectTexts(BURST, "burst")).get();

        await().atMost(Duration.ofMinutes(5)).until(() -> emitted.size() >= BURST);
        context.stop();
        System.out.printf("BurstStateBytesTest: %d texts, %d state writes, %d bytes in all (%.1f per text), "
                + "largest value %d bytes%n", BURST, state.writes(), state.bytes(), (double) state.bytes() / BURST,
                state.largestValue());
        // the sandbox stamps texts in id order, so oldest first is the order they were injected in
        assertThat(emitted).isEqualTo(injected);
        assertThat(state.bytes()).isLessThan(20_000_000);
    }
}
