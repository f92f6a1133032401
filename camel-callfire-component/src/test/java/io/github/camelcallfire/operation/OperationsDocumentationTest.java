package io.github.camelcallfire.operation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/operations.md equal to the operation table. After changing the table, regenerate the file with
 * {@code mvn test -Dtest=OperationsDocumentationTest -Dcallfire.updateDocs=true}.
 */
class OperationsDocumentationTest {

    private static final Path DOC = Path.of("..", "docs", "operations.md");
    private static final Path SEED = Path.of("..", "camel-callfire-sandbox", "src", "test", "resources",
            "callfire-api", "seed-callfire-v2.yaml");

    @Test
    void committedOperationsTableMatchesTheOperationTable() throws IOException {
        String expected = OperationsMarkdown.render();
        if (Boolean.getBoolean("callfire.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/operations.md is stale: rerun this test with -Dcallfire.updateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void everySeedOperationHasExactlyOneSeedRow() throws IOException {
        Matcher ids = Pattern.compile("operationId: (\\w+)").matcher(Files.readString(SEED, StandardCharsets.UTF_8));
        Set<String> seedIds = ids.results().map(match -> match.group(1)).collect(Collectors.toSet());
        List<String> seedRows = CallfireOperation.all().stream()
                .filter(operation -> operation.origin() == OperationOrigin.SEED)
                .map(CallfireOperation::operationId)
                .toList();

        assertThat(seedIds).hasSize(102);
        assertThat(seedRows).hasSize(102).containsExactlyInAnyOrderElementsOf(seedIds);
    }
}
