package io.github.camelcallfire.kamelets;

import io.github.camelcallfire.state.AtomicFileStateRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The position store of the {@code callfire-source} Kamelet, one per Kamelet instance: an
 * {@link AtomicFileStateRepository} on {@code path} when the Kamelet's {@code stateFile} is set, else a
 * {@link MemoryStateRepository} (the position then lasts as long as the JVM). A Kamelet template cannot choose
 * between two beans by itself, hence this class.
 * <p>
 * The callfire consumer starts and stops its repository with the route; this one starts and stops the store it
 * chose with it.
 */
public class SourceStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private String path;
    private StateRepository<String, String> store;

    public String getPath() {
        return path;
    }

    /** The state file; null or blank keeps the position in memory. */
    public void setPath(String path) {
        this.path = path;
    }

    @Override
    protected void doStart() throws Exception {
        if (store == null) {
            store = path == null || path.isBlank()
                    ? new MemoryStateRepository()
                    : new AtomicFileStateRepository(path.strip());
        }
        ServiceHelper.startService(store);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(store);
    }

    @Override
    public void setState(String key, String value) {
        started().setState(key, value);
    }

    @Override
    public String getState(String key) {
        return started().getState(key);
    }

    private StateRepository<String, String> started() {
        if (store == null) {
            throw new IllegalStateException(this + " is not started");
        }
        return store;
    }

    @Override
    public String toString() {
        return path == null || path.isBlank() ? "callfire-source state in memory" : "callfire-source state file " + path;
    }
}
