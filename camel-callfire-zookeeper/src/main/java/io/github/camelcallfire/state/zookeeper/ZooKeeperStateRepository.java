package io.github.camelcallfire.state.zookeeper;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.ObjectHelper;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.imps.CuratorFrameworkState;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link StateRepository} in ZooKeeper, shared by every node that runs a route: one znode per key under
 * {@link #setBasePath basePath}, made for consumers under camel-master (a {@code ZooKeeperClusterService}, or any
 * other cluster service, elects the node that polls).
 * <p>
 * <b>Reading a key takes it over.</b> {@link #getState} reads the znode and writes it back unchanged with a
 * compare-and-set, so its version moves on; {@link #setState} writes with a compare-and-set against the version this
 * instance read or wrote last. Once another instance has read the key, every write of this one is refused with a
 * {@link StateTakenOverException} and changes nothing, until this instance reads the key again. A consumer reads its
 * key when it starts, that is when its node becomes leader: so a deposed leader that still finishes an item cannot
 * put the position back behind the one of the new leader, and the new leader is never refused.
 * <p>
 * Thread-safe. Starting connects to ZooKeeper ({@link #setNodes nodes}) or uses a started
 * {@link #setCuratorFramework CuratorFramework} that stays open when the repository stops. The znode of a key holds
 * {@code =} followed by the value in UTF-8, or nothing when the key was read and never written (no state).
 * <p>
 * Java: {@code new ZooKeeperStateRepository("zk1:2181,zk2:2181", "/camel-callfire/state")}; YAML DSL, camel-main and
 * Spring beans: the String properties {@code nodes} and {@code basePath}.
 */
public class ZooKeeperStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private final Lock lock = new ReentrantLock();
    /* the znode version each key had when this instance read or wrote it last: the expected version of a write */
    private final Map<String, Integer> versions = new HashMap<>();
    /* the data of the last write of each key, to recognize it when its answer was lost with the connection */
    private final Map<String, byte[]> lastWrites = new HashMap<>();
    private String nodes;
    private String basePath = "/camel-callfire/state";
    private long connectionTimeoutMs = 15_000;
    private CuratorFramework curatorFramework;
    private CuratorFramework client;

    public ZooKeeperStateRepository() {
    }

    public ZooKeeperStateRepository(String nodes, String basePath) {
        this.nodes = nodes;
        this.basePath = basePath;
    }

    public ZooKeeperStateRepository(CuratorFramework curatorFramework, String basePath) {
        this.curatorFramework = curatorFramework;
        this.basePath = basePath;
    }

    /** Reads the state of the key and takes the key over: writes of instances that read it before are refused. */
    @Override
    public String getState(String key) {
        String path = StateZnodes.path(basePath, key);
        lock.lock();
        try {
            while (true) {
                Stat stat = new Stat();
                try {
                    byte[] data = started().getData().storingStatIn(stat).forPath(path);
                    Stat claimed = client.setData().withVersion(stat.getVersion()).forPath(path, data);
                    versions.put(key, claimed.getVersion());
                    return StateZnodes.decode(data, path);
                } catch (KeeperException.NoNodeException absent) {
                    if (claimAbsent(path)) {
                        versions.put(key, 0);
                        return null;
                    }
                } catch (KeeperException.BadVersionException readByAnotherInstanceMeanwhile) {
                    // read again: the takeover must return the state as it is after the other instance's change
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RuntimeCamelException("The state of key '" + key + "' could not be read from ZooKeeper znode "
                    + path + " (" + describeConnection() + "): " + e, e);
        } finally {
            lock.unlock();
        }
    }

    /* an empty znode marks the key as read, so that an instance that read "no state" before cannot write it */
    private boolean claimAbsent(String path) throws Exception {
        try {
            client.create().creatingParentsIfNeeded().forPath(path, new byte[0]);
            return true;
        } catch (KeeperException.NodeExistsException createdMeanwhile) {
            return false;
        }
    }

    /**
     * Writes the state of the key, unless another instance read the key since this one read or wrote it. A key this
     * instance has not read yet is read (taken over) first.
     *
     * @throws StateTakenOverException when another instance read or wrote the key since; nothing is written
     */
    @Override
    public void setState(String key, String value) {
        ObjectHelper.notNull(value, "value of key " + key);
        String path = StateZnodes.path(basePath, key);
        lock.lock();
        try {
            Integer expected = versions.get(key);
            if (expected == null) {
                getState(key);
                expected = versions.get(key);
            }
            byte[] data = StateZnodes.encode(value);
            try {
                lastWrites.put(key, data);
                versions.put(key, started().setData().withVersion(expected).forPath(path, data).getVersion());
            } catch (KeeperException.BadVersionException | KeeperException.NoNodeException e) {
                if (!isOwnLastWrite(key, path, expected)) {
                    throw new StateTakenOverException(key, path, e instanceof KeeperException.NoNodeException);
                }
                versions.put(key, expected + 1);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RuntimeCamelException("The state of key '" + key + "' could not be written to ZooKeeper znode "
                    + path + " (" + describeConnection() + "); it may or may not have been written: " + e, e);
        } finally {
            lock.unlock();
        }
    }

    /*
     * A write whose answer was lost with the connection may have been applied: then the znode is one version further
     * and holds what this instance wrote. A takeover also moves the version on, but writes back the value it read,
     * which differs from the last write (the consumer writes only changed states).
     */
    private boolean isOwnLastWrite(String key, String path, int expected) throws Exception {
        Stat stat = new Stat();
        try {
            byte[] data = client.getData().storingStatIn(stat).forPath(path);
            return stat.getVersion() == expected + 1 && Arrays.equals(data, lastWrites.get(key));
        } catch (KeeperException.NoNodeException deleted) {
            return false;
        }
    }

    private CuratorFramework started() {
        if (client == null) {
            throw new IllegalStateException(this + " is not started: start it before reading or writing a state "
                    + "(a callfire consumer or producer starts the repository it is given)");
        }
        return client;
    }

    @Override
    protected void doStart() throws Exception {
        ObjectHelper.notNull(basePath, "basePath", this);
        if (curatorFramework != null) {
            if (curatorFramework.getState() != CuratorFrameworkState.STARTED) {
                throw new IllegalStateException(this + " was given a CuratorFramework in state "
                        + curatorFramework.getState() + ": start it before the repository");
            }
            client = curatorFramework;
            return;
        }
        if (nodes == null) {
            throw new IllegalArgumentException(this + " needs the ZooKeeper servers to connect to (property nodes, "
                    + "e.g. zk1:2181,zk2:2181) or a started CuratorFramework (property curatorFramework)");
        }
        CuratorFramework connecting = CuratorFrameworkFactory.builder().connectString(nodes)
                .connectionTimeoutMs((int) connectionTimeoutMs).retryPolicy(new ExponentialBackoffRetry(500, 3))
                .build();
        connecting.start();
        if (!connecting.blockUntilConnected((int) connectionTimeoutMs, TimeUnit.MILLISECONDS)) {
            connecting.close();
            throw new IllegalStateException(this + " could not connect to ZooKeeper at " + nodes + " within "
                    + connectionTimeoutMs + " ms (property connectionTimeoutMs)");
        }
        client = connecting;
    }

    @Override
    protected void doStop() {
        lock.lock();
        try {
            // forgotten, so that after the next start every write is preceded by a fresh read
            versions.clear();
            lastWrites.clear();
            if (client != null && client != curatorFramework) {
                client.close();
            }
            client = null;
        } finally {
            lock.unlock();
        }
    }

    private String describeConnection() {
        return curatorFramework != null ? "given CuratorFramework" : "ZooKeeper at " + nodes;
    }

    public String getNodes() {
        return nodes;
    }

    /** The ZooKeeper servers, e.g. {@code zk1:2181,zk2:2181,zk3:2181}; not needed with a CuratorFramework. */
    public void setNodes(String nodes) {
        this.nodes = nodes;
    }

    public String getBasePath() {
        return basePath;
    }

    /** The znode under which each key has its own znode; default {@code /camel-callfire/state}. */
    public void setBasePath(String basePath) {
        this.basePath = basePath;
    }

    public long getConnectionTimeoutMs() {
        return connectionTimeoutMs;
    }

    /** How long the start waits for a connection to {@link #setNodes nodes}; default 15000 ms. */
    public void setConnectionTimeoutMs(long connectionTimeoutMs) {
        this.connectionTimeoutMs = connectionTimeoutMs;
    }

    public CuratorFramework getCuratorFramework() {
        return curatorFramework;
    }

    /** A started client to use instead of connecting to {@link #setNodes nodes}; it is not closed on stop. */
    public void setCuratorFramework(CuratorFramework curatorFramework) {
        this.curatorFramework = curatorFramework;
    }

    @Override
    public String toString() {
        // nodes and base path read like a ZooKeeper connect string with its chroot: zk1:2181/camel-callfire/state
        String servers = nodes != null ? nodes : curatorFramework != null ? "CuratorFramework " : "";
        return "ZooKeeperStateRepository[" + servers + basePath + "]";
    }
}
