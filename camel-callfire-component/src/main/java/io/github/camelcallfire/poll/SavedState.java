package io.github.camelcallfire.poll;

import org.apache.camel.spi.StateRepository;

import java.util.Objects;

/** The consumer's entry in a {@link StateRepository}; writes only when the state changed. */
public final class SavedState {

    private final StateRepository<String, String> repository;
    private final String key;
    private String lastWritten;

    public SavedState(StateRepository<String, String> repository, String key) {
        this.repository = repository;
        this.key = key;
    }

    public String read() {
        lastWritten = repository.getState(key);
        return lastWritten;
    }

    public void write(String state) {
        if (!Objects.equals(state, lastWritten)) {
            repository.setState(key, state);
            lastWritten = state;
        }
    }
}
