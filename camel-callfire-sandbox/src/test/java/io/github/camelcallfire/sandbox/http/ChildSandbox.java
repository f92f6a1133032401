package io.github.camelcallfire.sandbox.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelcallfire.sandbox.SandboxMain;

/** The standalone sandbox ({@link SandboxMain}) in a child JVM, on a free port. */
final class ChildSandbox implements AutoCloseable {

    private static final String LISTENING = "CallFire sandbox listening on ";

    private final Process process;
    private final int port;

    private ChildSandbox(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ChildSandbox start(List<String> jvmOptions, String... sandboxOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SandboxMain.class.getName(),
                "--port", "0"));
        command.addAll(List.of(sandboxOptions));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        int port = -1;
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith(LISTENING)) {
                port = URI.create(line.substring(LISTENING.length()).trim()).getPort();
                break;
            }
        }
        if (port < 0) {
            process.destroyForcibly();
            throw new IllegalStateException("the child sandbox did not start:\n" + seen);
        }
        // keep draining its output so it never blocks on a full pipe
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // child gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new ChildSandbox(process, port);
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
