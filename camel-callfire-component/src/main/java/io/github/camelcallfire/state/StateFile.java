package io.github.camelcallfire.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * A state file and its previous generation ({@code <file>.bak}), replaced whole on every write, never changed in
 * place: the new content goes to {@code <file>.tmp}, is forced to disk, and is renamed over the file. A process that
 * dies at any instant leaves the file as it was before the write or as it is after it, and at most a stray
 * {@code .tmp} that the next write overwrites. One process at a time may write a file.
 */
final class StateFile {

    private final Path file;
    private final Path next;
    private final Path previous;
    private final Path previousNext;

    StateFile(Path file) {
        this.file = file.toAbsolutePath();
        this.next = sibling(".tmp");
        this.previous = sibling(".bak");
        this.previousNext = sibling(".bak.tmp");
    }

    private Path sibling(String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    Path path() {
        return file;
    }

    /** The entries of the file, or empty when there is no file yet. */
    Optional<Map<String, String>> read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UnreadableStateFileException(file, "State file " + file + " cannot be read (" + e
                    + "); nothing was loaded", e);
        }
        try {
            return Optional.of(StateFileFormat.decode(bytes));
        } catch (IllegalArgumentException e) {
            throw new UnreadableStateFileException(file, "State file " + file + " cannot be read: " + e.getMessage()
                    + ". Nothing was loaded, so that no consumer or send carries on from a wrong position. "
                    + recoveryAdvice(), e);
        }
    }

    /* what an operator can do; the previous generation is checked so that the advice never points at a bad file */
    private String recoveryAdvice() {
        String startOver = "or delete '" + file + "' to start over (each consumer from its startFrom, each send from "
                + "its first chunk)";
        Map<String, String> older;
        try {
            older = StateFileFormat.decode(Files.readAllBytes(previous));
        } catch (NoSuchFileException e) {
            return "To recover, restore the file from a backup, " + startOver + "; there is no previous generation '"
                    + previous + "'.";
        } catch (IOException e) {
            return "The previous generation '" + previous + "' cannot be read either (" + e + "). To recover, "
                    + "restore the file from a backup, " + startOver + ".";
        } catch (IllegalArgumentException e) {
            return "The previous generation '" + previous + "' cannot be read either (" + e.getMessage() + "). To "
                    + "recover, restore the file from a backup, " + startOver + ".";
        }
        return "To recover, put the previous generation, one write older, in its place: cp '" + previous + "' '"
                + file + "' (it holds the keys " + older.keySet() + "; a consumer may emit its last item again, a "
                + "send may send again the chunk it was sending), " + startOver + ".";
    }

    void write(Map<String, String> entries) throws IOException {
        byte[] bytes = StateFileFormat.encode(entries);
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            // on disk before the rename makes it the file: a power loss must not leave a renamed empty file
            channel.force(true);
        }
        keepPreviousGeneration();
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory();
    }

    /* the file's bytes are never changed in place, so a second name for them is a copy that costs no write */
    private void keepPreviousGeneration() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Files.deleteIfExists(previousNext);
        try {
            Files.createLink(previousNext, file);
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            Files.copy(file, previousNext);
        }
        Files.move(previousNext, previous, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /* makes the renames durable across a power loss */
    private void syncDirectory() {
        try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException unsupported) {
            // Windows and some file systems cannot open or force a directory: the renames are atomic all the same,
            // their durability across a power loss is the OS's
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
