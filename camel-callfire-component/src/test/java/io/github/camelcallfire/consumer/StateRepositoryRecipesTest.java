package io.github.camelcallfire.consumer;

import io.github.camelcallfire.state.AtomicFileStateRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ways docs/consumer.md gives a consumer an AtomicFileStateRepository: a bean named in the URI, a URI that
 * creates it with its path, a YAML DSL bean with the String property {@code path}. Each keeps the position across a
 * restart of the Camel context: no text twice, none lost.
 */
class StateRepositoryRecipesTest extends ConsumerTestSupport {

    private static final String INBOUND_TEXTS = "callfire:texts/find?inbound=true&toNumber=" + OUR_NUMBER
            + "&startFrom=BEGINNING&delay=20&initialDelay=0&stateKey=inbound-texts";

    @TempDir
    Path directory;

    private final EmittedItems emitted = new EmittedItems();

    @Test
    void aBeanNamedInTheUri() throws Exception {
        String path = directory.resolve("callfire.state").toString();
        keepsThePositionAcrossARestart(() -> {
            CamelContext context = createContext();
            context.getRegistry().bind("callfireState", new AtomicFileStateRepository(path));
            context.addRoutes(javaRoute(INBOUND_TEXTS + "&stateRepository=#callfireState"));
            return context;
        });
    }

    @Test
    void aUriThatCreatesTheRepositoryWithItsPath() throws Exception {
        String path = directory.resolve("callfire.state").toString();
        keepsThePositionAcrossARestart(() -> {
            CamelContext context = createContext();
            context.addRoutes(javaRoute(INBOUND_TEXTS + "&stateRepository=#class:"
                    + AtomicFileStateRepository.class.getName() + "('" + path + "')"));
            return context;
        });
    }

    @Test
    void aYamlDslBeanWithAPath() throws Exception {
        String yaml = """
                - beans:
                    - name: callfireState
                      type: io.github.camelcallfire.state.AtomicFileStateRepository
                      properties:
                        path: "%s"
                - route:
                    id: inbound
                    from:
                      uri: callfire:texts/find
                      parameters:
                        inbound: true
                        toNumber: "%s"
                        startFrom: BEGINNING
                        delay: 20
                        initialDelay: 0
                        stateKey: inbound-texts
                        stateRepository: "#callfireState"
                      steps:
                        - process:
                            ref: emitted
                """.formatted(directory.resolve("callfire.state"), OUR_NUMBER);
        keepsThePositionAcrossARestart(() -> {
            CamelContext context = createContext();
            context.getRegistry().bind("emitted", emitted);
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("inbound.yaml", yaml));
            return context;
        });
    }

    @Test
    void oneRepositoryStartedByTheContextHoldsTheKeysOfTwoRoutes() throws Exception {
        String path = directory.resolve("callfire.state").toString();
        EmittedItems toOtherNumber = new EmittedItems();
        ContextFactory contexts = () -> {
            CamelContext context = createContext();
            AtomicFileStateRepository shared = new AtomicFileStateRepository(path);
            context.addService(shared);
            context.getRegistry().bind("callfireState", shared);
            context.addRoutes(javaRoute(INBOUND_TEXTS + "&stateRepository=#callfireState"));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("callfire:texts/find?inbound=true&toNumber=" + HANDSET + "&startFrom=BEGINNING&delay=20"
                            + "&initialDelay=0&stateKey=to-handset&stateRepository=#callfireState")
                            .routeId("to-handset").process(toOtherNumber);
                }
            });
            return context;
        };
        List<Long> toHandset = new ArrayList<>(List.of(sandbox().injectInboundText(OUR_NUMBER, HANDSET, "one")));
        keepsThePositionAcrossARestart(contexts);
        toHandset.add(sandbox().injectInboundText(OUR_NUMBER, HANDSET, "two"));

        await().atMost(Duration.ofSeconds(10)).until(() -> toOtherNumber.distinct() == toHandset.size());
        toOtherNumber.assertEachExactlyOnce(toHandset);
        assertThat(Files.readString(directory.resolve("callfire.state"))).contains("inbound-texts", "to-handset");
    }

    private void keepsThePositionAcrossARestart(ContextFactory contexts) throws Exception {
        List<Long> injected = new ArrayList<>(injectTexts(3, "before"));
        CamelContext first = contexts.create();
        first.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == injected.size());
        first.stop();

        injected.addAll(injectTexts(2, "while stopped"));
        contexts.create().start();
        await().atMost(Duration.ofSeconds(10)).until(() -> emitted.distinct() == injected.size());
        emitted.assertEachExactlyOnce(injected);
        assertThat(directory.resolve("callfire.state")).exists();
    }

    private RouteBuilder javaRoute(String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("inbound").process(emitted);
            }
        };
    }

    private interface ContextFactory {
        CamelContext create() throws Exception;
    }
}
