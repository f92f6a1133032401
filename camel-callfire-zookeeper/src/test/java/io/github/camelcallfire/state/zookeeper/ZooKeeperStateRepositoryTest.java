package io.github.camelcallfire.state.zookeeper;

import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each instance plays one node; a second instance on the same base path is the next leader. */
class ZooKeeperStateRepositoryTest {

    private static TestingServer zookeeper;
    private static CuratorFramework curator;

    private final String basePath = "/test/" + UUID.randomUUID();
    private final List<ZooKeeperStateRepository> started = new ArrayList<>();

    @BeforeAll
    static void startZooKeeper() throws Exception {
        zookeeper = new TestingServer(true);
        curator = CuratorFrameworkFactory.newClient(zookeeper.getConnectString(), new RetryOneTime(100));
        curator.start();
    }

    @AfterAll
    static void stopZooKeeper() throws Exception {
        curator.close();
        zookeeper.close();
    }

    @AfterEach
    void stopRepositories() {
        started.forEach(ZooKeeperStateRepository::stop);
    }

    @Test
    void anotherInstanceReadsWhatOneWroteWhateverTheKeyAndValue() {
        Map<String, String> states = new LinkedHashMap<>();
        states.put("callfire:texts/find?inbound:true&toNumber:12135550100", "t1|1717171717000|0|-|2n9c:0,2n9d:3");
        states.put(".", "");
        states.put("..", "line one\nline two\r\n=");
        states.put("a/b", "slash");
        states.put("a%2Fb", "percent");
        states.put("ключ 🔑\u0000", "значение 🔑\u0000");
        states.put("large", "x".repeat(200_000));
        ZooKeeperStateRepository writer = connected();
        states.forEach(writer::setState);

        ZooKeeperStateRepository reader = connected();
        states.forEach((key, value) -> assertThat(reader.getState(key)).as(key).isEqualTo(value));
        assertThat(reader.getState("never written")).isNull();
    }

    @Test
    void aWriteAfterAnotherInstanceReadTheKeyIsRefusedAndChangesNothing() {
        ZooKeeperStateRepository deposed = sharingCurator();
        assertThat(deposed.getState("inbound-texts")).isNull();
        deposed.setState("inbound-texts", "position 1");
        ZooKeeperStateRepository leader = sharingCurator();
        assertThat(leader.getState("inbound-texts")).isEqualTo("position 1");

        assertThatThrownBy(() -> deposed.setState("inbound-texts", "position 2"))
                .isInstanceOf(StateTakenOverException.class)
                .hasMessage("The state of key 'inbound-texts' was not written: another instance read or wrote "
                        + "ZooKeeper znode " + basePath + "/inbound-texts since this one read it, so the key belongs "
                        + "to that instance now (under camel-master: another node is the leader). Nothing was "
                        + "written, so that this instance cannot put the position back behind the newer one; the "
                        + "next start of the route reads the key again");
        leader.setState("inbound-texts", "position 3");
        assertThatThrownBy(() -> deposed.setState("inbound-texts", "position 4"))
                .isInstanceOf(StateTakenOverException.class);
        assertThat(sharingCurator().getState("inbound-texts")).isEqualTo("position 3");
    }

    @Test
    void theLastOfTwoInstancesThatFoundNoStateOwnsTheKey() {
        ZooKeeperStateRepository first = sharingCurator();
        ZooKeeperStateRepository second = sharingCurator();
        assertThat(first.getState("inbound-texts")).isNull();
        assertThat(second.getState("inbound-texts")).isNull();

        assertThatThrownBy(() -> first.setState("inbound-texts", "from first"))
                .isInstanceOf(StateTakenOverException.class);
        second.setState("inbound-texts", "from second");
        assertThat(first.getState("inbound-texts")).as("reading takes the key back").isEqualTo("from second");
        first.setState("inbound-texts", "from first again");
        assertThatThrownBy(() -> second.setState("inbound-texts", "from second again"))
                .isInstanceOf(StateTakenOverException.class);
    }

    @Test
    void aRestartedInstanceReadsBeforeItWrites() {
        ZooKeeperStateRepository node = sharingCurator();
        node.setState("inbound-texts", "position 1");
        sharingCurator().setState("inbound-texts", "position 2");
        node.stop();
        node.start();

        node.setState("inbound-texts", "position 3");
        assertThat(sharingCurator().getState("inbound-texts")).isEqualTo("position 3");
    }

    /* what Curator sees when the connection drops after ZooKeeper applied a write: its retry finds the version taken */
    @Test
    void aWriteThatReachedZooKeeperWithoutItsAnswerIsNotTakenForATakeover() throws Exception {
        ZooKeeperStateRepository node = sharingCurator();
        node.setState("inbound-texts", "position 1");
        int written = curator.checkExists().forPath(basePath + "/inbound-texts").getVersion();
        curator.setData().withVersion(written).forPath(basePath + "/inbound-texts",
                "=position 2".getBytes(StandardCharsets.UTF_8));

        node.setState("inbound-texts", "position 2");
        node.setState("inbound-texts", "position 3");
        assertThat(sharingCurator().getState("inbound-texts")).isEqualTo("position 3");
    }

    @Test
    void aDeletedZnodeRefusesTheWriteAndSaysSo() throws Exception {
        ZooKeeperStateRepository node = sharingCurator();
        node.setState("inbound-texts", "position 1");
        curator.delete().forPath(basePath + "/inbound-texts");

        assertThatThrownBy(() -> node.setState("inbound-texts", "position 2"))
                .isInstanceOf(StateTakenOverException.class)
                .hasMessageContaining("its ZooKeeper znode " + basePath + "/inbound-texts was deleted");
    }

    @Test
    void aZnodeWrittenByAnotherProgramIsNotReadAsAState() throws Exception {
        curator.create().creatingParentsIfNeeded().forPath(basePath + "/inbound-texts",
                "hello".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> sharingCurator().getState("inbound-texts"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ZooKeeper znode " + basePath + "/inbound-texts does not hold a state of a "
                        + "ZooKeeperStateRepository (it does not start with '='): it was written by another program. "
                        + "Give the repository a basePath of its own, or delete the znode to start over");
    }

    @Test
    void aLoneSurrogateIsRefusedBeforeAnythingIsWritten() {
        ZooKeeperStateRepository node = sharingCurator();
        assertThatThrownBy(() -> node.setState("inbound-texts", "broken \ud800"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot store the value: it is not valid UTF-16 (a lone surrogate)");
        assertThat(node.getState("inbound-texts")).isNull();
    }

    @Test
    void anUnreachableZooKeeperFailsTheStartNamingTheServers() {
        ZooKeeperStateRepository repository = new ZooKeeperStateRepository("127.0.0.1:1", basePath);
        repository.setConnectionTimeoutMs(500);

        assertThatThrownBy(repository::start)
                .hasMessage("ZooKeeperStateRepository[127.0.0.1:1" + basePath + "] could not connect to ZooKeeper at "
                        + "127.0.0.1:1 within 500 ms (property connectionTimeoutMs)");
    }

    @Test
    void withoutServersNorClientTheStartSaysWhatIsMissing() {
        assertThatThrownBy(new ZooKeeperStateRepository()::start)
                .hasMessageContaining("needs the ZooKeeper servers to connect to (property nodes, e.g. "
                        + "zk1:2181,zk2:2181) or a started CuratorFramework (property curatorFramework)");
    }

    private ZooKeeperStateRepository connected() {
        return started(new ZooKeeperStateRepository(zookeeper.getConnectString(), basePath));
    }

    private ZooKeeperStateRepository sharingCurator() {
        return started(new ZooKeeperStateRepository(curator, basePath));
    }

    private ZooKeeperStateRepository started(ZooKeeperStateRepository repository) {
        repository.start();
        started.add(repository);
        return repository;
    }
}
