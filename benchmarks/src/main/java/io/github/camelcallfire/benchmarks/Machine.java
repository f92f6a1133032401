package io.github.camelcallfire.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** What the figures were measured on: they only compare with figures of the same machine and flags. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Java %s (%s %s), %d cores, max heap %d MB, OS %s %s%nJVM flags: %s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), runtime.availableProcessors(),
                runtime.maxMemory() / (1024 * 1024), System.getProperty("os.name"), System.getProperty("os.arch"),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }
}
