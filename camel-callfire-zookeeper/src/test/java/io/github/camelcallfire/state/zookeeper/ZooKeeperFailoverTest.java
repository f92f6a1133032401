package io.github.camelcallfire.state.zookeeper;

import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HA across machines: three nodes, each a process of its own, run the same route under camel-master over a
 * ZooKeeperClusterService, the position in a ZooKeeperStateRepository on the same ZooKeeper (a TestingServer in this
 * JVM, beside the sandbox). 10,000 inbound texts arrive while the leader is killed with SIGKILL twice. Every text is
 * handed to a route, one node polls at a time (the first leader, then the second, then the last node), and the only
 * texts handed over twice are the last text of a killed leader, at most one per kill: the one whose exchange
 * completed before its position reached ZooKeeper.
 */
class ZooKeeperFailoverTest {

    private static final int TEXTS = 10_000;
    private static final int NODES = 3;
    private static final int KILLS = 2;
    /* allows session timeouts from 2 to 20 ticks: 400 ms to 4 s, so the nodes' 2 s are granted */
    static final int TICK_MS = 200;

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    @TempDir
    Path directory;

    @Test
    void threeNodesLoseNoTextAndRepeatAtMostTheLastTextOfEachKilledLeader() throws Exception {
        try (TestingServer zookeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, TICK_MS, -1),
                true);
             NodeProcesses nodes = NodeProcesses.start(NODES, directory, SANDBOX.sandbox(),
                     zookeeper.getConnectString())) {
            List<Long> injected = new CopyOnWriteArrayList<>();
            long start = System.nanoTime();
            Thread injector = new Thread(() -> inject(injected), "injector");
            injector.start();
            List<Integer> killed = new ArrayList<>();
            List<Long> killMillis = new ArrayList<>();
            for (int kill = 1; kill <= KILLS; kill++) {
                waitForLines(nodes, kill * TEXTS / (KILLS + 1));
                int leader = nodes.currentLeader();
                nodes.kill(leader);
                killed.add(leader);
                killMillis.add(System.currentTimeMillis());
            }
            injector.join();
            waitUntilEmitted(nodes, injected);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

            List<NodeEmissions> emissions = nodes.emissions();
            Map<Long, Integer> times = times(emissions);
            Map<Long, Integer> repeated = new LinkedHashMap<>(times);
            repeated.values().removeIf(count -> count == 1);
            List<Long> takeOverMillis = new ArrayList<>();
            for (long killedAt : killMillis) {
                takeOverMillis.add(emissions.stream().mapToLong(NodeEmissions::firstMillis)
                        .filter(first -> first > killedAt).min().orElse(killedAt) - killedAt);
            }
            System.out.println("ZooKeeperFailoverTest: " + injected.size() + " texts, " + KILLS + " leaders killed "
                    + "(" + killed.stream().map(NodeProcesses::name).toList() + "), " + seconds + " s: "
                    + emissions + "; " + times.size() + " distinct texts emitted, repeated " + repeated
                    + "; the next leader emitted " + takeOverMillis + " ms after each kill");

            assertThat(times.keySet()).as("lost none, nothing else").containsExactlyInAnyOrderElementsOf(injected);
            assertThat(repeated.values()).as("handed over twice at most").allMatch(count -> count == 2);
            assertThat(repeated).as("at most one repeat per kill").hasSizeLessThanOrEqualTo(KILLS);
            Set<Long> lastOfKilled = new HashSet<>();
            killed.forEach(node -> lastOfKilled.add(emissions.get(node).ids().get(emissions.get(node).ids().size() - 1)));
            assertThat(lastOfKilled).as("the last texts of the killed leaders").containsAll(repeated.keySet());

            List<NodeEmissions> leaders = emissions.stream().filter(NodeEmissions::emitted)
                    .sorted(Comparator.comparingLong(NodeEmissions::firstMillis)).toList();
            List<String> expectedOrder = new ArrayList<>(killed.stream().map(NodeProcesses::name).toList());
            expectedOrder.add(survivor(killed));
            assertThat(leaders).as("leaders in turn").extracting(NodeEmissions::node).containsExactlyElementsOf(
                    expectedOrder);
            for (int i = 1; i < leaders.size(); i++) {
                assertThat(leaders.get(i).firstMillis()).as("one node polls at a time: %s after %s", leaders.get(i),
                        leaders.get(i - 1)).isGreaterThan(leaders.get(i - 1).lastMillis());
            }
        }
    }

    /* about 500 texts a second, so that the kills fall in the middle of the stream */
    private static void inject(List<Long> injected) {
        for (int i = 0; i < TEXTS; i++) {
            injected.add(SANDBOX.sandbox().injectInboundText(FailoverNode.HANDSET, FailoverNode.OUR_NUMBER,
                    "text " + i));
            if (i % 10 == 9) {
                sleep(20);
            }
        }
    }

    private static void waitForLines(NodeProcesses nodes, int lines) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (nodes.totalLines() < lines) {
            nodes.failIfStuck(deadline, "waiting for " + lines + " texts to be emitted before killing the leader");
            sleep(20);
        }
    }

    static void waitUntilEmitted(NodeProcesses nodes, List<Long> injected) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Set<Long> expected = new HashSet<>(injected);
        while (!nodes.emittedIds().containsAll(expected)) {
            nodes.failIfStuck(deadline, "waiting for all " + injected.size() + " texts to be emitted");
            sleep(100);
        }
    }

    private static String survivor(List<Integer> killed) {
        for (int i = 0; i < NODES; i++) {
            if (!killed.contains(i)) {
                return NodeProcesses.name(i);
            }
        }
        throw new IllegalStateException("every node was killed");
    }

    static Map<Long, Integer> times(List<NodeEmissions> emissions) {
        Map<Long, Integer> times = new LinkedHashMap<>();
        emissions.forEach(node -> node.ids().forEach(id -> times.merge(id, 1, Integer::sum)));
        return times;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
