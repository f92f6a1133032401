package io.github.camelcallfire.send;

import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards issue 10's out-of-memory sends: 100,000 recipients died with an OutOfMemoryError under -Xmx64m after 61,000
 * texts had gone out, and 300,000 before the first request. Here a JVM with -Xmx64m sends 300,000 recipients three
 * times (List, Iterator, CSV InputStream) to the sandbox in this JVM, which then must hold every one of them.
 */
class BoundedMemorySendTest {

    private static final int RECIPIENTS = 300_000;

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension(
            CallfireSandbox.builder().actionDelayMs(0));

    @Test
    void threeHundredThousandRecipientsGoOutWholeUnderA64MegabyteHeap() throws Exception {
        CallfireSandbox sandbox = SANDBOX.sandbox();
        Path output = Files.createTempFile("bounded-send-", ".log");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                BoundedMemorySendChild.class.getName(), sandbox.baseUrl(), sandbox.username(), sandbox.password(),
                String.valueOf(RECIPIENTS)))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();

        boolean finished = child.waitFor(5, TimeUnit.MINUTES);
        String log = Files.readString(output, StandardCharsets.UTF_8);
        if (!finished) {
            child.destroyForcibly();
        }
        new File(output.toString()).delete();

        assertThat(finished).as("finished in time; output:\n" + log).isTrue();
        assertThat(child.exitValue()).as("exit code; output:\n" + log).isZero();
        assertThat(log).contains("list: SendSummary[sendTexts: recipients=300000, requests=300, created=300000]")
                .contains("iterator: SendSummary[sendTexts: recipients=300000, requests=300, created=300000]")
                .contains("csv: SendSummary[sendTexts: recipients=300000, requests=300, created=300000]");
        assertThat(storedTexts(sandbox)).isEqualTo(3L * RECIPIENTS);
    }

    @SuppressWarnings("unchecked")
    private static long storedTexts(CallfireSandbox sandbox) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.start();
        try {
            ProducerTemplate template = context.createProducerTemplate();
            Page<Object> page = template.requestBody("callfire:texts/find?inbound=false&limit=1&baseUrl="
                    + sandbox.baseUrl() + "&username=" + sandbox.username() + "&password=RAW(" + sandbox.password()
                    + ")", null, Page.class);
            return page.getTotalCount();
        } finally {
            context.stop();
        }
    }
}
