package io.github.camelcallfire.consumer;

import io.github.camelcallfire.state.AtomicFileStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two nodes run the same route under camel-master; only the leader polls, the other takes over when it stops. */
class MasterFailoverTest extends ConsumerTestSupport {

    @TempDir
    File shared;

    private final EmittedItems emitted = new EmittedItems();

    /*
     * camel-master 4.18's MasterConsumer releases the lead before it stops the consumer, so the next leader may read
     * the position while the old leader still finishes the one exchange it is in: that text can come twice (seen on a
     * loaded machine), no other, and none is lost.
     */
    @Test
    void emitsEveryTextOnceAcrossALeaderChangeButTheOneInFlight() throws Exception {
        CamelContext leader = startNode("node-a");
        List<Long> injected = new ArrayList<>(injectTexts(20, "warm-up"));
        await().atMost(Duration.ofSeconds(15)).until(() -> emitted.distinct() == 20);
        startNode("node-b");

        CompletableFuture<List<Long>> stream = CompletableFuture.supplyAsync(() -> {
            List<Long> ids = new ArrayList<>();
            for (int burst = 0; burst < 30; burst++) {
                ids.addAll(injectTexts(10, "burst " + burst));
                pause();
            }
            return ids;
        });
        await().atMost(Duration.ofSeconds(15)).until(() -> emitted.distinct() >= 80);
        leader.stop();
        injected.addAll(stream.get());

        await().atMost(Duration.ofSeconds(30)).until(() -> emitted.distinct() == injected.size());
        emitted.assertEachOnceBut(1, injected);
        assertThat(emitted.order()).isSorted();
    }

    private CamelContext startNode(String name) throws Exception {
        CamelContext node = createContext();
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(new File(shared, "locks").getAbsolutePath());
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        node.addService(cluster);
        node.getRegistry().bind("state", new AtomicFileStateRepository(new File(shared, "callfire.state").getPath()));
        node.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:callfire-inbound:callfire:texts/find?inbound=true&toNumber=" + OUR_NUMBER
                        + "&startFrom=BEGINNING&delay=20&initialDelay=0&pageSize=25"
                        + "&stateRepository=#state&stateKey=inbound-texts")
                        .process(emitted);
            }
        });
        node.start();
        return node;
    }

    /** Spreads the injected texts over time so that the leader change happens in the middle of the stream. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
