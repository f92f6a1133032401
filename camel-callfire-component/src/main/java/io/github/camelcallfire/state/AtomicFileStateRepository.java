package io.github.camelcallfire.state;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.ObjectHelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link StateRepository} in one file that survives a crash at any instant: every {@link #setState} writes all
 * entries to a new file, forces it to disk and renames it over the old one, so the file holds either the state from
 * before the write or the one after it, never a mix (see {@link StateFile}). The file carries a checksum: one that is
 * damaged all the same fails {@link #start()} with an {@link UnreadableStateFileException} that says how to recover,
 * instead of starting empty. The previous generation is kept beside it as {@code <path>.bak}. Keys and values may
 * hold any character.
 * <p>
 * Made for small maps, such as the positions of consumers and the progress of sends: each write rewrites every entry
 * and costs two fsyncs. Thread-safe. Starting reads the file; stopping forgets what was read, so that the next start
 * reads what another node wrote in between (camel-master).
 * <p>
 * Java: {@code new AtomicFileStateRepository("/var/lib/app/callfire.state")}; YAML DSL, camel-main and Spring beans:
 * the String property {@code path}.
 */
public class AtomicFileStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private final Lock writeLock = new ReentrantLock();
    private String path;
    private StateFile file;
    /* unmodifiable, replaced after each write reached the disk: readers never see a state that could be lost */
    private volatile Map<String, String> entries;

    public AtomicFileStateRepository() {
    }

    public AtomicFileStateRepository(String path) {
        this.path = path;
    }

    /**
     * Writes every entry, with this one changed, to the file before it returns.
     *
     * @throws UncheckedIOException when the file cannot be written; the file and this repository keep the state they
     *                              had
     */
    @Override
    public void setState(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, () -> "value of key " + key);
        writeLock.lock();
        try {
            Map<String, String> next = new TreeMap<>(loaded());
            next.put(key, value);
            file.write(next);
            entries = Collections.unmodifiableMap(next);
        } catch (IOException e) {
            throw new UncheckedIOException("The state of key " + key + " could not be written to " + file
                    + "; the file keeps the state it had", e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public String getState(String key) {
        return loaded().get(key);
    }

    private Map<String, String> loaded() {
        Map<String, String> current = entries;
        if (current == null) {
            throw new IllegalStateException(this + " is not started: start it before reading or writing a state "
                    + "(a callfire consumer or producer starts the repository it is given)");
        }
        return current;
    }

    /** Reads the file; a missing file is an empty repository, any other file that cannot be read fails the start. */
    @Override
    protected void doStart() throws IOException {
        ObjectHelper.notNull(path, "path", this);
        StateFile opened = new StateFile(Path.of(path));
        Files.createDirectories(opened.path().getParent());
        entries = Collections.unmodifiableMap(opened.read().orElseGet(TreeMap::new));
        file = opened;
    }

    @Override
    protected void doStop() {
        entries = null;
    }

    public String getPath() {
        return path;
    }

    /** The file, e.g. {@code /var/lib/app/callfire.state}; its directory is created when missing. */
    public void setPath(String path) {
        this.path = path;
    }

    @Override
    public String toString() {
        return "AtomicFileStateRepository[" + (file != null ? file : path) + "]";
    }
}
