package io.github.camelcallfire.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts the sample reminders CSV into the inbox, as a clinic's scheduling system would, when running on the sandbox. */
final class SeedData {

    static final String APPOINTMENTS = "seed/appointments.csv";

    private SeedData() {
    }

    static Path dropAppointments(Path inbox) {
        Path target = inbox.resolve("appointments.csv");
        try (InputStream csv = SeedData.class.getClassLoader().getResourceAsStream(APPOINTMENTS)) {
            if (csv == null) {
                throw new IllegalStateException(APPOINTMENTS + " is missing from the classpath");
            }
            Files.createDirectories(inbox);
            // written beside the target and moved, so the file consumer never sees half a file
            Path partial = inbox.resolve(".appointments.csv.part");
            Files.copy(csv, partial, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seed " + target, e);
        }
    }
}
