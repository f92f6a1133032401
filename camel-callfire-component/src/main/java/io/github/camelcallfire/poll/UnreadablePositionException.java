package io.github.camelcallfire.poll;

import io.github.camelcallfire.state.UnreadableStateFileException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * A consumer cannot tell where it stopped: its state repository does not load, or the state saved under its key is not
 * a position it can read. The route does not start, because starting over from {@code startFrom} would skip
 * ({@code NOW}) or repeat ({@code BEGINNING}) items without a word. The message names the repository, the key and the
 * way back.
 */
public final class UnreadablePositionException extends IllegalStateException {

    private UnreadablePositionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The repository failed to start (to load its storage). */
    public static UnreadablePositionException repositoryFailed(String consumer, StateRepository<?, ?> repository,
                                                               String key, RuntimeException cause) {
        String advice = repository instanceof FileStateRepository
                ? " A StringIndexOutOfBoundsException there means a torn last line, which Camel's FileStateRepository "
                  + "leaves when the JVM dies while it writes: remove that line, or restore the file from a backup; "
                  + "io.github.camelcallfire.state.AtomicFileStateRepository is never torn."
                : "";
        String reason = cause instanceof UnreadableStateFileException ? cause.getMessage() : cause + ".";
        return new UnreadablePositionException(consumer + " cannot start: its state repository "
                + describe(repository) + " does not load, so the position saved under key '" + key + "' is unknown. "
                + reason + advice, cause);
    }

    /** The repository holds a state under the key that the consumer cannot decode. */
    public static UnreadablePositionException undecodable(String consumer, StateRepository<?, ?> repository,
                                                          String key, String state, RuntimeException cause) {
        return new UnreadablePositionException(consumer + " cannot start: the state saved under key '" + key + "' in "
                + describe(repository) + " is not a position of this consumer: '" + abbreviate(state) + "' (" + cause
                + "). Either another route saves its state under the same key (give each route its own stateKey), "
                + "or the state is damaged (restore the repository from a backup). To start over from startFrom "
                + "instead, set another stateKey or remove the entry for key '" + key + "'; with startFrom=NOW, items "
                + "that arrived since the state was saved are then not emitted.", cause);
    }

    private static String describe(StateRepository<?, ?> repository) {
        return repository instanceof FileStateRepository file
                ? "FileStateRepository[" + file.getFilePath() + "]"
                : repository.toString();
    }

    private static String abbreviate(String state) {
        return state.length() <= 200 ? state : state.substring(0, 200) + "... (" + state.length() + " characters)";
    }
}
