package io.github.camelcallfire.state.zookeeper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one {@link FailoverNode} wrote: the ids it was handed, in order, and when it was handed the first and last. */
record NodeEmissions(String node, List<Long> ids, long firstMillis, long lastMillis) {

    static NodeEmissions read(String node, Path file) throws IOException {
        List<Long> ids = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String[] idAndTime = line.split(" ");
                ids.add(Long.valueOf(idAndTime[0]));
                long time = Long.parseLong(idAndTime[1]);
                first = Math.min(first, time);
                last = Math.max(last, time);
            }
        }
        return new NodeEmissions(node, ids, first, last);
    }

    boolean emitted() {
        return !ids.isEmpty();
    }

    @Override
    public String toString() {
        return node + ": " + ids.size() + " texts" + (emitted() ? " from " + firstMillis + " to " + lastMillis : "");
    }
}
