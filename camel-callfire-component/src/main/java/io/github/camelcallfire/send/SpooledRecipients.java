package io.github.camelcallfire.send;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recipients that could be read only once (an Iterator, a Stream, an InputStream), kept as one JSON object per line in
 * a temporary file (readable by its owner only) while the exchange lives: memory stays flat for any list length, and
 * a redelivery reads the same recipients again.
 */
final class SpooledRecipients implements PreparedRecipients {

    private final Path file;
    private final long count;
    private final String digest;

    SpooledRecipients(Path file, long count, String digest) {
        this.file = file;
        this.count = count;
        this.digest = digest;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public String digest() {
        return digest;
    }

    @Override
    public Cursor open(long skip) throws IOException {
        BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        for (long i = 0; i < skip; i++) {
            lines.readLine();
        }
        return new Cursor() {
            @Override
            public boolean writeNext(JsonGenerator generator) throws IOException {
                String line = lines.readLine();
                if (line == null) {
                    return false;
                }
                generator.writeRawValue(line);
                return true;
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the recipient spool " + file, e);
        }
    }
}
