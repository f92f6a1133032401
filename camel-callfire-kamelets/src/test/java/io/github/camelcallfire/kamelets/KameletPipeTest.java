package io.github.camelcallfire.kamelets;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.sandbox.messaging.TextAction;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** callfire-source into callfire-sink: an auto-reply that answers each inbound text once, across a restart. */
class KameletPipeTest {

    private static final String OUR_NUMBER = "12135550100";

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension(
            CallfireSandbox.builder().actionDelayMs(0).password("p+ss&w%rd 1"));

    @TempDir
    Path dir;

    private CamelContext context;

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void repliesToEachInboundTextOnceAcrossARestart() throws Exception {
        Path stateFile = dir.resolve("auto-reply.state");
        List<String> senders = new ArrayList<>();

        start(stateFile);
        for (int i = 0; i < 3; i++) {
            senders.add("1310555000" + i);
            sandbox().injectInboundText(senders.get(i), OUR_NUMBER, "hours?");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> SandboxActions.outboundTexts(sandbox()).size() >= 3);
        context.stop();

        for (int i = 3; i < 6; i++) {
            senders.add("1310555000" + i);
            sandbox().injectInboundText(senders.get(i), OUR_NUMBER, "hours?");
        }
        start(stateFile);
        await().atMost(Duration.ofSeconds(20)).until(() -> SandboxActions.outboundTexts(sandbox()).size() >= 6);
        Thread.sleep(500); // more polls, where a second reply would show

        List<TextAction> replies = SandboxActions.outboundTexts(sandbox());
        assertThat(replies).extracting(reply -> reply.header().toNumber()).containsExactlyInAnyOrderElementsOf(senders);
        assertThat(replies).extracting(TextAction::message).containsOnly("We are open 9am to 5pm.");
    }

    private void start(Path stateFile) throws Exception {
        // as docs/integrations.md writes it: placeholders, the password inside RAW(...) for its + & % and space
        String credentials = "username={{callfire.username}}&password=RAW({{callfire.password}})"
                + "&baseUrl={{callfire.baseUrl}}";
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("callfire.username", sandbox().username());
        properties.setProperty("callfire.password", sandbox().password());
        properties.setProperty("callfire.baseUrl", sandbox().baseUrl());
        context.getPropertiesComponent().setInitialProperties(properties);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:callfire-source?" + credentials + "&toNumber=" + OUR_NUMBER + "&delay=50&stateFile="
                        + stateFile)
                        .setHeader("to-number", header("CamelCallfireItemFromNumber"))
                        .to("kamelet:callfire-sink?" + credentials + "&message=We are open 9am to 5pm.");
            }
        });
        context.start();
    }

    private static CallfireSandbox sandbox() {
        return SANDBOX.sandbox();
    }
}
