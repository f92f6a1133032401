package io.github.camelcallfire.state.zookeeper;

/**
 * A write refused because another {@link ZooKeeperStateRepository} instance read (took over) or wrote the key since
 * this one read it: under camel-master, another node is the leader now. Nothing was written.
 */
public class StateTakenOverException extends IllegalStateException {

    public StateTakenOverException(String key, String path, boolean deleted) {
        super(deleted
                ? "The state of key '" + key + "' was not written: its ZooKeeper znode " + path + " was deleted since "
                  + "this instance read it. Nothing was written; the next start of the route reads the key again "
                  + "(and starts from startFrom, the state being gone)"
                : "The state of key '" + key + "' was not written: another instance read or wrote ZooKeeper znode "
                  + path + " since this one read it, so the key belongs to that instance now (under camel-master: "
                  + "another node is the leader). Nothing was written, so that this instance cannot put the position "
                  + "back behind the newer one; the next start of the route reads the key again");
    }
}
