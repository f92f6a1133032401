package io.github.camelcallfire.operations;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ties the seed specification, docs/operations.md and the tests of this package together: each seed operationId
 * has exactly one documented URI, and each documented URI is invoked by a test here. A URI counts as invoked when a
 * string literal of this package's sources starts with it and selects the same broadcast type.
 */
class SeedCoverageTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path SEED = MODULE.resolve(
            "../camel-callfire-sandbox/src/test/resources/callfire-api/seed-callfire-v2.yaml").normalize();
    private static final Path OPERATIONS_DOC = MODULE.resolve("../docs/operations.md").normalize();
    private static final Path TEST_SOURCES = MODULE.resolve("src/test/java/io/github/camelcallfire/operations");

    private static final Pattern OPERATION_ID = Pattern.compile("^\\s*operationId:\\s*(\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern URI_LITERAL = Pattern.compile("\"(callfire:[^\"]*)\"");
    private static final Pattern BROADCAST_TYPE = Pattern.compile("[?&]broadcastType=([A-Za-z]+)");

    @Test
    void seedHas102DistinctOperations() throws IOException {
        List<String> ids = seedOperationIds();

        assertThat(ids).hasSize(102).doesNotHaveDuplicates();
    }

    @Test
    void everySeedOperationHasExactlyOneDocumentedRow() throws IOException {
        Map<String, List<String>> rows = documentedRows();

        for (String id : seedOperationIds()) {
            assertThat(rows.get(id)).as("rows of %s in %s", id, OPERATIONS_DOC).hasSize(1);
        }
    }

    @Test
    void everyDocumentedSeedUriIsInvokedByATest() throws IOException {
        Map<String, List<String>> rows = documentedRows();
        Set<String> invoked = invokedOperations();

        List<String> missing = new ArrayList<>();
        for (String id : seedOperationIds()) {
            String uri = rows.get(id).get(0);
            if (!invoked.contains(operationKey(uri))) {
                missing.add(id + " " + uri);
            }
        }
        assertThat(missing).as("seed operations whose documented URI no test in %s invokes", TEST_SOURCES).isEmpty();
    }

    private static List<String> seedOperationIds() throws IOException {
        Matcher matcher = OPERATION_ID.matcher(Files.readString(SEED));
        List<String> ids = new ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    /** operationId -> the URIs of its rows (backticks removed). */
    private static Map<String, List<String>> documentedRows() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(OPERATIONS_DOC)) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("|") || cells.length < 3 || cells[2].isBlank() || !cells[2].contains("`")) {
                continue;
            }
            rows.computeIfAbsent(cells[1].trim(), id -> new ArrayList<>()).add(cells[2].trim().replace("`", ""));
        }
        return rows;
    }

    private static Set<String> invokedOperations() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> sources = Files.list(TEST_SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = URI_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(operationKey(matcher.group(1)));
                }
            }
        }
        return keys;
    }

    /** The operation a URI selects: its api/operation path plus the broadcast type when one is chosen. */
    private static String operationKey(String uri) {
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        Matcher type = BROADCAST_TYPE.matcher(uri);
        return type.find() ? path + "?broadcastType=" + type.group(1) : path;
    }
}
