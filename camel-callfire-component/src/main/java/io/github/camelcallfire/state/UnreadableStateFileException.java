package io.github.camelcallfire.state;

import java.nio.file.Path;

/**
 * A state file exists but cannot be used: cut short, changed, of another format, or not readable at all. Thrown when
 * the {@link AtomicFileStateRepository} starts, instead of starting empty, because an empty start would make every
 * consumer begin again from its {@code startFrom} and every send from its first chunk. The message says how to
 * recover.
 */
public final class UnreadableStateFileException extends IllegalStateException {

    private final transient Path file;

    public UnreadableStateFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path getFile() {
        return file;
    }
}
