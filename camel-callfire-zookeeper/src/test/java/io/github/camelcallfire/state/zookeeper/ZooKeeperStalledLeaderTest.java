package io.github.camelcallfire.state.zookeeper;

import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.camelcallfire.state.zookeeper.ZooKeeperFailoverTest.sleep;
import static io.github.camelcallfire.state.zookeeper.ZooKeeperFailoverTest.waitUntilEmitted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader frozen with SIGSTOP (as by a very long GC pause) past its ZooKeeper session while texts keep arriving, then
 * thawed with SIGCONT: another node took over meanwhile, and the thawed node still holds its old position. camel-zookeeper
 * 4.18 does not stop the thawed node's route: its consumer polls on, and finds the texts the new leader emitted since the
 * freeze new. Its writes are refused (ZooKeeperStateRepository's compare-and-set), which fails each of its polls, so it
 * hands over a text again at most once per poll, and the position in ZooKeeper stays the new leader's: when that leader
 * is killed in turn, the third node repeats at most its last text, not what arrived since the freeze. Without the
 * compare-and-set the thawed node hands over every text of the freeze again (300 here).
 */
class ZooKeeperStalledLeaderTest {

    private static final int NODES = 3;
    /* at most one per poll: the polls of the thawed leader fail and back off, 20 ms doubling, within the 6 s waited */
    private static final int MOST_REPEATS_OF_THE_THAWED_LEADER = 10;

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    @TempDir
    Path directory;

    @Test
    void aThawedLeaderCannotPutThePositionBackBehindTheNewLeader() throws Exception {
        try (TestingServer zookeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1,
                ZooKeeperFailoverTest.TICK_MS, -1), true);
             NodeProcesses nodes = NodeProcesses.start(NODES, directory, SANDBOX.sandbox(),
                     zookeeper.getConnectString())) {
            List<Long> injected = new ArrayList<>(inject(200, "before the freeze"));
            waitUntilEmitted(nodes, injected);
            int frozen = nodes.currentLeader();
            int linesAtFreeze = nodes.lines(frozen);
            nodes.signal(frozen, "STOP");
            injected.addAll(inject(300, "while frozen"));
            waitUntilEmitted(nodes, injected);
            int successor = nodes.currentLeader();

            nodes.signal(frozen, "CONT");
            sleep(3 * FailoverNode.SESSION_TIMEOUT_MS);
            int repeatedByThawed = nodes.lines(frozen) - linesAtFreeze;
            nodes.kill(successor);
            injected.addAll(inject(100, "after the successor's death"));
            waitUntilEmitted(nodes, injected);

            List<NodeEmissions> emissions = nodes.emissions();
            Set<Long> repeatedByThird = new HashSet<>(emissions.get(successor).ids());
            repeatedByThird.retainAll(emissions.get(third(frozen, successor)).ids());
            Map<Long, Integer> times = ZooKeeperFailoverTest.times(emissions);
            System.out.println("ZooKeeperStalledLeaderTest: " + injected.size() + " texts; "
                    + NodeProcesses.name(frozen) + " frozen and thawed, " + NodeProcesses.name(successor)
                    + " took over and was killed: " + emissions + "; the thawed leader handed over "
                    + repeatedByThawed + " texts again, the third node repeated " + repeatedByThird);

            assertThat(times.keySet()).as("lost none, nothing else").containsExactlyInAnyOrderElementsOf(injected);
            assertThat(repeatedByThawed).as("texts the thawed leader handed over again")
                    .isLessThanOrEqualTo(MOST_REPEATS_OF_THE_THAWED_LEADER);
            assertThat(nodes.lines(frozen)).as("texts the thawed leader handed over later")
                    .isLessThanOrEqualTo(linesAtFreeze + MOST_REPEATS_OF_THE_THAWED_LEADER);
            assertThat(repeatedByThird).as("repeated by the third node: at most the killed leader's last text")
                    .hasSizeLessThanOrEqualTo(1);
        }
    }

    private static int third(int frozen, int successor) {
        for (int i = 0; i < NODES; i++) {
            if (i != frozen && i != successor) {
                return i;
            }
        }
        throw new IllegalStateException("no third node");
    }

    /* spread over a second or so, as texts arrive */
    private static List<Long> inject(int count, String prefix) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(SANDBOX.sandbox().injectInboundText(FailoverNode.HANDSET, FailoverNode.OUR_NUMBER,
                    prefix + " " + i));
            if (i % 10 == 9) {
                sleep(20);
            }
        }
        return ids;
    }
}
