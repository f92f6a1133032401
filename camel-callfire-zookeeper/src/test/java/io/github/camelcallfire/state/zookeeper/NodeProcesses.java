package io.github.camelcallfire.state.zookeeper;

import io.github.camelcallfire.sandbox.CallfireSandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** {@link FailoverNode} processes of one test, each with its file of emitted texts and its output in a directory. */
final class NodeProcesses implements AutoCloseable {

    private final Path directory;
    private final List<Process> processes = new ArrayList<>();

    private NodeProcesses(Path directory) {
        this.directory = directory;
    }

    static NodeProcesses start(int count, Path directory, CallfireSandbox sandbox, String zookeeperServers)
            throws IOException {
        NodeProcesses nodes = new NodeProcesses(directory);
        for (int i = 0; i < count; i++) {
            nodes.processes.add(new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    FailoverNode.class.getName(), sandbox.baseUrl(), sandbox.username(), sandbox.password(),
                    zookeeperServers, name(i), nodes.emitted(i).toString()))
                    .redirectErrorStream(true).redirectOutput(nodes.output(i).toFile()).start());
        }
        return nodes;
    }

    static String name(int node) {
        return "node-" + (node + 1);
    }

    int count() {
        return processes.size();
    }

    void kill(int node) throws InterruptedException {
        processes.get(node).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Sends a signal such as STOP (the process is frozen as by a very long GC pause) or CONT (it runs on). */
    void signal(int node, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(processes.get(node).pid()))
                .inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + processes.get(node).pid() + " failed");
        }
    }

    /* only the leader writes, so its file is the one of the living nodes written last */
    int currentLeader() throws IOException {
        int leader = -1;
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < count(); i++) {
            if (processes.get(i).isAlive() && Files.exists(emitted(i))) {
                long modified = Files.getLastModifiedTime(emitted(i)).to(TimeUnit.MICROSECONDS);
                if (modified > latest) {
                    latest = modified;
                    leader = i;
                }
            }
        }
        return leader;
    }

    NodeEmissions emissions(int node) throws IOException {
        return NodeEmissions.read(name(node), emitted(node));
    }

    List<NodeEmissions> emissions() throws IOException {
        List<NodeEmissions> all = new ArrayList<>();
        for (int i = 0; i < count(); i++) {
            all.add(emissions(i));
        }
        return all;
    }

    long totalLines() throws IOException {
        long lines = 0;
        for (int i = 0; i < count(); i++) {
            lines += lines(i);
        }
        return lines;
    }

    int lines(int node) throws IOException {
        return Files.exists(emitted(node)) ? Files.readAllLines(emitted(node), StandardCharsets.US_ASCII).size() : 0;
    }

    Set<Long> emittedIds() throws IOException {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < count(); i++) {
            ids.addAll(emissions(i).ids());
        }
        return ids;
    }

    /** Fails with every node's output once the deadline passed or no node is alive. */
    void failIfStuck(long deadlineNanos, String what) throws IOException {
        if (System.nanoTime() > deadlineNanos || processes.stream().noneMatch(Process::isAlive)) {
            StringBuilder outputs = new StringBuilder();
            for (int i = 0; i < count(); i++) {
                outputs.append("\n--- ").append(name(i)).append(processes.get(i).isAlive() ? " (alive)" : " (dead)")
                        .append(":\n").append(Files.exists(output(i)) ? Files.readString(output(i)) : "");
            }
            throw new AssertionError("Stuck " + what + ": " + totalLines() + " lines emitted. Node outputs:" + outputs);
        }
    }

    private Path emitted(int node) {
        return directory.resolve(name(node) + ".emitted");
    }

    private Path output(int node) {
        return directory.resolve(name(node) + ".out");
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = 0; i < count(); i++) {
            kill(i);
        }
    }
}
