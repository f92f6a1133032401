package io.github.camelcallfire.state;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A process that {@link InterruptedWritesTest} kills with SIGKILL: it writes the states 1, 2, 3, ... of one key as
 * fast as it can, carrying on from the state it finds, and appends the number of each write that returned to an
 * acknowledgement file (one write() each, so a kill never leaves a number half there). Arguments: the repository
 * ({@code atomic} or {@code camel-file}), the state file, the acknowledgement file.
 */
public final class StateWriterChild {

    static final String KEY = "callfire:texts/find?inbound:true&toNumber:12135550100";
    static final String OTHER_KEY = "sendTexts:campaign-1";
    static final String OTHER_VALUE = "written once, before the first state";

    private StateWriterChild() {
    }

    /** The state number {@code n}: its length varies, so a cut shows, and it says which number it is. */
    static String state(long n) {
        return "t1|" + n + "|" + "0123456789abcdefghijklmnopqrstuvwxyz".repeat((int) (n % 7)) + "|end";
    }

    /** The number of a state as {@link #state} wrote it, or -1 for anything else (a torn or foreign value). */
    static long number(String state) {
        String[] parts = state.split("\\|", -1);
        try {
            long n = Long.parseLong(parts[1]);
            return state(n).equals(state) ? n : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    static StateRepository<String, String> repository(String kind, Path file) {
        return "atomic".equals(kind) ? new AtomicFileStateRepository(file.toString())
                : FileStateRepository.fileStateRepository(file.toFile());
    }

    public static void main(String[] args) throws Exception {
        StateRepository<String, String> repository = repository(args[0], Path.of(args[1]));
        repository.start();
        if (repository.getState(OTHER_KEY) == null) {
            repository.setState(OTHER_KEY, OTHER_VALUE);
        }
        String found = repository.getState(KEY);
        long n = found == null ? 0 : number(found);
        try (FileChannel acknowledgements = FileChannel.open(Path.of(args[2]), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            while (true) {
                n++;
                repository.setState(KEY, state(n));
                acknowledgements.write(ByteBuffer.wrap((n + "\n").getBytes(StandardCharsets.US_ASCII)));
            }
        }
    }
}
