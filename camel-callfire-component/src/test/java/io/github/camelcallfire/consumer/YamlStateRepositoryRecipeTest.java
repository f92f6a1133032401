package io.github.camelcallfire.consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML DSL recipe for the consumer's AtomicFileStateRepository, exactly as docs/consumer.md and
 * callfire-component.adoc print it (only its file path pointed at a temporary directory), loaded by the YAML DSL
 * against the sandbox: the bean is created from its String property {@code path} and keeps the position across a
 * restart of the context.
 */
class YamlStateRepositoryRecipeTest extends ConsumerTestSupport {

    private static final String DOCUMENTED_PATH = "/var/lib/myapp/callfire.state";

    @TempDir
    Path directory;

    private final EmittedItems emitted = new EmittedItems();

    @Test
    void theDocumentedYamlRecipeKeepsThePositionAcrossARestart() throws Exception {
        String fromConsumerMd = block(Path.of("../docs/consumer.md"), "```yaml\n", "```");
        String fromAdoc = block(Path.of("src/main/docs/callfire-component.adoc"), "[source,yaml]\n----\n", "----");
        assertThat(fromAdoc).as("the adoc's recipe is the one of docs/consumer.md").isEqualTo(fromConsumerMd);
        assertThat(fromConsumerMd).contains("toNumber: \"" + OUR_NUMBER + "\"", DOCUMENTED_PATH);

        Path state = directory.resolve("callfire.state");
        String yaml = fromConsumerMd.replace(DOCUMENTED_PATH, state.toString());

        List<Long> injected = new ArrayList<>();
        CamelContext first = context(yaml);
        first.start();
        Thread.sleep(2000); // startFrom is NOW (the recipe's default): let the first poll pass before texts arrive
        injected.addAll(injectTexts(3, "before"));
        await().atMost(Duration.ofSeconds(15)).until(() -> emitted.distinct() == injected.size());
        first.stop();
        assertThat(state).exists();

        injected.addAll(injectTexts(2, "while stopped"));
        context(yaml).start();
        await().atMost(Duration.ofSeconds(15)).until(() -> emitted.distinct() == injected.size());
        emitted.assertEachExactlyOnce(injected);
    }

    @Test
    void camelsFileStateRepositoryNeedsItsFileAsAClassReference() throws Exception {
        Path state = directory.resolve("camel.state");
        String yaml = """
                - beans:
                    - name: camelState
                      type: org.apache.camel.support.processor.state.FileStateRepository
                      properties:
                        fileStore: "#class:java.io.File('%s')"
                """.formatted(state);
        CamelContext context = createContext();
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("camel-state.yaml", yaml));
        context.start();
        org.apache.camel.support.processor.state.FileStateRepository repository =
                context.getRegistry().lookupByNameAndType("camelState", org.apache.camel.support.processor.state.FileStateRepository.class);
        assertThat(repository.getFileStore()).isEqualTo(state.toFile());
    }

    private CamelContext context(String yaml) throws Exception {
        CamelContext context = createContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:handleText").process(emitted);
            }
        });
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("recipe.yaml", yaml));
        return context;
    }

    /** The block between {@code open} and {@code close} that declares the AtomicFileStateRepository bean. */
    private static String block(Path file, String open, String close) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(Pattern.quote(open) + "(.*?)\n" + Pattern.quote(close) + "\n", Pattern.DOTALL)
                .matcher(text);
        while (m.find()) {
            if (m.group(1).contains("type: io.github.camelcallfire.state.AtomicFileStateRepository")
                    && m.group(1).contains("- route:")) {
                return m.group(1);
            }
        }
        throw new AssertionError(file + " has no YAML recipe declaring an AtomicFileStateRepository bean and a route");
    }
}
