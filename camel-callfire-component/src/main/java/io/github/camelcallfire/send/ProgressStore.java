package io.github.camelcallfire.send;

import org.apache.camel.spi.StateRepository;

/**
 * Where a send's progress outlives the JVM: the endpoint's {@code sendStateRepository}, under the message's
 * {@code CamelCallfireSendKey}. Before each chunk goes out it is recorded as in flight (outcome unknown), and as sent
 * once CallFire accepted it, so that a process killed at any point restarts knowing which recipients were sent and
 * which chunk to look up, never sending an accepted chunk again.
 */
final class ProgressStore {

    /** No repository: progress lives only as long as the exchange. */
    static final ProgressStore NONE = new ProgressStore(null, null);

    private final StateRepository<String, String> repository;
    private final String key;

    /** {@code repository} may be null: then progress lives only as long as the exchange. */
    ProgressStore(StateRepository<String, String> repository, String key) {
        this.repository = repository;
        this.key = key;
    }

    /** The progress recorded for the key, or null. */
    SendProgress load() {
        String stored = repository == null ? null : repository.getState(key);
        return stored == null ? null : SendProgress.parse(stored);
    }

    /** Whether {@link #save} keeps anything. */
    boolean persistent() {
        return repository != null;
    }

    void save(SendProgress progress) {
        if (repository != null) {
            repository.setState(key, progress.toString());
        }
    }

    String key() {
        return key;
    }
}
