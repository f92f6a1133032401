package io.github.camelcallfire.kamelets;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.camel.Processor;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Both Kamelets in a YAML DSL route file (src/test/resources/routes/callfire-kamelets.yaml) run by camel-main. */
class KameletYamlDslTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension(
            // a password with + & % and a space: inside RAW(...) in the YAML parameters too
            CallfireSandbox.builder().actionDelayMs(0).password("p+ss&w%rd 1"));

    @TempDir
    Path dir;

    private final List<Long> received = Collections.synchronizedList(new ArrayList<>());
    private Main main;

    @AfterEach
    void stopMain() throws Exception {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void sinkSendsATextFromTheYamlRoute() throws Exception {
        startMain(dir.resolve("replies.state"));

        main.getCamelContext().createProducerTemplate().sendBody("direct:alert", "Backup failed");

        assertThat(SandboxActions.outboundTexts(sandbox())).extracting(t -> t.header().toNumber() + ": " + t.message())
                .containsExactly("12135550100: Backup failed");
    }

    @Test
    void sourceEmitsEachTextOnceAcrossARestartOfCamelMain() throws Exception {
        Path stateFile = dir.resolve("replies.state");
        List<Long> injected = new ArrayList<>();

        startMain(stateFile);
        injected.add(sandbox().injectInboundText("13105550001", "12135550100", "YES"));
        injected.add(sandbox().injectInboundText("13105550002", "12135550100", "NO"));
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 2);
        main.stop();

        injected.add(sandbox().injectInboundText("13105550003", "12135550100", "sent while stopped"));

        startMain(stateFile);
        injected.add(sandbox().injectInboundText("13105550004", "12135550100", "after the restart"));
        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 4);
        Thread.sleep(500); // more polls, where a duplicate would show

        assertThat(received).containsExactlyElementsOf(injected);
    }

    private void startMain(Path stateFile) throws Exception {
        main = new Main();
        main.configure().withRoutesIncludePattern("classpath:routes/callfire-kamelets.yaml");
        main.addInitialProperty("callfire.username", sandbox().username());
        main.addInitialProperty("callfire.password", sandbox().password());
        main.addInitialProperty("callfire.baseUrl", sandbox().baseUrl());
        main.addInitialProperty("callfire.stateFile", stateFile.toString());
        main.bind("replyCollector", (Processor) exchange ->
                received.add(exchange.getMessage().getHeader("CamelCallfireItemId", Long.class)));
        main.start();
    }

    private static CallfireSandbox sandbox() {
        return SANDBOX.sandbox();
    }
}
