package io.github.camelcallfire.kamelets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The callfire-source Kamelet from a Java route, against the sandbox. */
class KameletSourceTest {

    private static final String OUR_NUMBER = "12135550100";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    @TempDir
    Path dir;

    private final List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
    private CamelContext context;

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void emitsEachInboundTextOnceAsJsonWithItsHeaders() throws Exception {
        List<String> headers = Collections.synchronizedList(new ArrayList<>());
        start("kamelet:callfire-source?" + credentials() + "&toNumber=" + OUR_NUMBER + "&delay=50", headers);

        long first = sandbox().injectInboundText("13105550001", OUR_NUMBER, "YES");
        long second = sandbox().injectInboundText("13105550002", OUR_NUMBER, "STOP");
        sandbox().injectInboundText("13105550003", "12135550999", "to another number of ours");

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 2);
        pollsMore();

        assertThat(received).extracting(text -> text.get("id").asLong()).containsExactly(first, second);
        assertThat(received.get(0).get("fromNumber").asText()).isEqualTo("13105550001");
        assertThat(received.get(0).get("message").asText()).isEqualTo("YES");
        assertThat(headers).containsExactly("13105550001: YES", "13105550002: STOP");
    }

    @Test
    void resumesAfterRestartWithoutDuplicatesOrGaps() throws Exception {
        Path stateFile = dir.resolve("inbound.state");
        String uri = "kamelet:callfire-source?" + credentials() + "&toNumber=" + OUR_NUMBER + "&delay=50&stateFile="
                + stateFile;
        List<Long> injected = new ArrayList<>();

        start(uri, null);
        for (int i = 0; i < 5; i++) {
            injected.add(sandbox().injectInboundText("1310555010" + i, OUR_NUMBER, "before the stop " + i));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 5);
        context.stop();
        assertThat(stateFile).exists();

        for (int i = 0; i < 5; i++) {
            injected.add(sandbox().injectInboundText("1310555020" + i, OUR_NUMBER, "while stopped " + i));
        }

        start(uri, null);
        for (int i = 0; i < 5; i++) {
            injected.add(sandbox().injectInboundText("1310555030" + i, OUR_NUMBER, "after the restart " + i));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 15);
        pollsMore();

        assertThat(received).extracting(text -> text.get("id").asLong()).containsExactlyElementsOf(injected);
    }

    @Test
    void aTextWhoseRouteFailsComesAgainAndIsNotPassedOver() throws Exception {
        List<Long> attempts = Collections.synchronizedList(new ArrayList<>());
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:callfire-source?" + credentials() + "&delay=50&stateFile=" + dir.resolve("failing.state"))
                        .process(exchange -> {
                            long id = exchange.getMessage().getHeader("CamelCallfireItemId", Long.class);
                            attempts.add(id);
                            if ("fails twice".equals(exchange.getMessage().getHeader("CamelCallfireItemMessage"))
                                    && attempts.stream().filter(a -> a == id).count() <= 2) {
                                throw new IllegalStateException("downstream is down");
                            }
                        });
            }
        });
        context.start();

        long failing = sandbox().injectInboundText("13105550001", OUR_NUMBER, "fails twice");
        long next = sandbox().injectInboundText("13105550002", OUR_NUMBER, "after it");
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts.contains(next));
        pollsMore();

        // the failed text blocks the ones after it until it went through; then each once
        assertThat(attempts).containsExactly(failing, failing, failing, next);
    }

    @Test
    void withoutAStateFileARestartStartsFromStartFrom() throws Exception {
        long old = sandbox().injectInboundText("13105550001", OUR_NUMBER, "before the first start");
        String uri = "kamelet:callfire-source?" + credentials() + "&delay=50&startFrom=BEGINNING";

        start(uri, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 1);
        context.stop();
        start(uri, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 2);

        // the position was in memory only: the same text comes again
        assertThat(received).extracting(text -> text.get("id").asLong()).containsExactly(old, old);
    }

    @Test
    void aMissingRequiredPropertyFailsTheStartNamingIt() {
        assertThatThrownBy(() -> start("kamelet:callfire-source?password=x&baseUrl=" + sandbox().baseUrl(), null))
                .hasStackTraceContaining("mandatory parameters must be provided: username");
    }

    @Test
    void anUnreadableStateFileFailsTheStartInsteadOfStartingOver() throws Exception {
        Path stateFile = dir.resolve("broken.state");
        Files.writeString(stateFile, "not a state file");

        assertThatThrownBy(() -> start("kamelet:callfire-source?" + credentials() + "&stateFile=" + stateFile, null))
                .hasStackTraceContaining(stateFile.toString());
    }

    private void start(String sourceUri, List<String> headers) throws Exception {
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(sourceUri).process(exchange -> {
                    received.add(JSON.readTree(exchange.getMessage().getBody(String.class)));
                    if (headers != null) {
                        headers.add(exchange.getMessage().getHeader("CamelCallfireItemFromNumber") + ": "
                                + exchange.getMessage().getHeader("CamelCallfireItemMessage"));
                    }
                });
            }
        });
        context.start();
    }

    /** Lets the consumer poll a few more times, so that a duplicate would have shown up. */
    private static void pollsMore() throws InterruptedException {
        Thread.sleep(500);
    }

    private static String credentials() {
        return "username=" + sandbox().username() + "&password=RAW(" + sandbox().password() + ")&baseUrl="
                + sandbox().baseUrl();
    }

    private static CallfireSandbox sandbox() {
        return SANDBOX.sandbox();
    }
}
