package io.github.camelcallfire.state.zookeeper;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The YAML DSL recipe of docs/consumer.md as camel-main runs it: two nodes in this JVM load the same file, the first
 * leads, stops, and the second carries on from the position in ZooKeeper: every text once.
 */
class ZooKeeperYamlRecipeTest {

    /* docs/consumer.md shows this file as it is */
    static final String RECIPE = """
            - beans:
                - name: zookeeperCluster
                  type: org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService
                  properties:
                    id: "{{node.name}}"
                    nodes: "{{zookeeper.servers}}"
                    basePath: /camel-callfire/cluster
                    sessionTimeout: 10000
                - name: callfireState
                  type: io.github.camelcallfire.state.zookeeper.ZooKeeperStateRepository
                  properties:
                    nodes: "{{zookeeper.servers}}"
                    basePath: /camel-callfire/state
            - route:
                from:
                  uri: master:callfire-inbound:callfire:texts/find
                  parameters:
                    inbound: true
                    toNumber: "12135550100"
                    stateRepository: "#callfireState"
                    stateKey: inbound-texts
                  steps:
                    - to: direct:handleText
            """;

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    @TempDir
    Path directory;

    private final Map<Long, List<String>> emittedBy = new ConcurrentHashMap<>();
    private final List<Main> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(Main::stop);
    }

    @Test
    void theSecondNodeCarriesOnFromThePositionTheFirstLeftInZooKeeper() throws Exception {
        Path recipe = Files.writeString(directory.resolve("inbound.yaml"), RECIPE);
        try (TestingServer zookeeper = new TestingServer(true);
             CuratorFramework curator = CuratorFrameworkFactory.newClient(zookeeper.getConnectString(),
                     new RetryOneTime(100))) {
            curator.start();
            Main first = start("node-a", zookeeper.getConnectString(), recipe);
            // startFrom=NOW counts from the start of the first leader's consumer, which writes its position then
            waitForPosition(curator);
            List<Long> injected = new ArrayList<>(inject(3, "to the first leader"));
            waitUntilEmitted(injected);
            start("node-b", zookeeper.getConnectString(), recipe);
            injected.addAll(inject(3, "before the hand-over"));
            waitUntilEmitted(injected);

            first.stop();
            injected.addAll(inject(3, "to the second leader"));
            waitUntilEmitted(injected);

            assertThat(Files.readString(Path.of("../docs/consumer.md"))).as("the recipe in docs/consumer.md")
                    .contains("```yaml\n" + RECIPE + "```");
            assertThat(emittedBy.keySet()).containsExactlyInAnyOrderElementsOf(injected);
            assertThat(emittedBy.values()).as("each text once").allMatch(nodes -> nodes.size() == 1);
            assertThat(injected.subList(0, 6)).allMatch(id -> emittedBy.get(id).equals(List.of("node-a")));
            assertThat(injected.subList(6, 9)).allMatch(id -> emittedBy.get(id).equals(List.of("node-b")));
        }
    }

    private Main start(String node, String zookeeperServers, Path recipe) throws Exception {
        CallfireSandbox sandbox = SANDBOX.sandbox();
        Main main = new Main();
        main.addInitialProperty("node.name", node);
        main.addInitialProperty("zookeeper.servers", zookeeperServers);
        main.addInitialProperty("camel.component.callfire.baseUrl", sandbox.baseUrl());
        main.addInitialProperty("camel.component.callfire.username", sandbox.username());
        main.addInitialProperty("camel.component.callfire.password", sandbox.password());
        main.configure().withRoutesIncludePattern("file:" + recipe);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:handleText").process(exchange -> emittedBy.computeIfAbsent(
                        exchange.getMessage().getHeader(CallfireConstants.ITEM_ID, Long.class),
                        id -> new ArrayList<>()).add(node));
            }
        });
        main.start();
        nodes.add(main);
        return main;
    }

    private static void waitForPosition(CuratorFramework curator) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (curator.checkExists().forPath("/camel-callfire/state/inbound-texts") == null
                || curator.getData().forPath("/camel-callfire/state/inbound-texts").length == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the first node's consumer wrote no position within 30 s");
            }
            Thread.sleep(50);
        }
    }

    private static List<Long> inject(int count, String prefix) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(SANDBOX.sandbox().injectInboundText(FailoverNode.HANDSET, FailoverNode.OUR_NUMBER, prefix + " " + i));
        }
        return ids;
    }

    private void waitUntilEmitted(List<Long> ids) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!emittedBy.keySet().containsAll(ids)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not emitted within 30 s: " + ids.stream()
                        .filter(id -> !emittedBy.containsKey(id)).toList() + "; emitted: " + emittedBy);
            }
            Thread.sleep(50);
        }
    }
}
