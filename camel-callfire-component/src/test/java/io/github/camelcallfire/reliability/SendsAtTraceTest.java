package io.github.camelcallfire.reliability;

import ch.qos.logback.classic.Level;
import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.send.SentTexts;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly-once sending of one-shot bodies with every logger at TRACE (Camel logs exchanges and bodies there, which
 * must neither consume a stream body nor change what is sent) and Camel redelivering refused chunks; the spool files
 * of the streams are gone afterwards.
 */
class SendsAtTraceTest extends CallfireTestSupport {

    private static final int SENDS = 3;
    private static final int LINES = 3000;

    @Override
    protected void addRoutes(CamelContext camelContext) throws Exception {
        camelContext.getComponent("callfire", CallfireComponent.class).getConfiguration().setMaxRetries(0);
        camelContext.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(CallfireApiException.class)
                        .onWhen(e -> e.getException(CallfireApiException.class).getHttpStatus() == 429)
                        .maximumRedeliveries(200).redeliveryDelay(0);
                from("direct:send").to("log:before?showAll=true").to("callfire:texts/send?defaultMessage=Hi");
            }
        });
    }

    @Test
    void everyLineOfCsvStreamsIsTextedOnceWithEveryLoggerAtTrace() throws Exception {
        long spoolsBefore = spoolFiles();
        Fault refusals = new Fault();
        refusals.setMethod("POST");
        refusals.setPath("/v2/texts");
        refusals.setStatus(429);
        refusals.setProbability(0.3);
        sandbox().addFault(refusals);

        try (LogCapture logs = new LogCapture(Level.TRACE)) {
            for (int send = 0; send < SENDS; send++) {
                byte[] csv = csv(send * LINES);
                Exchange done = template.send("direct:send", e -> e.getMessage().setBody(new ByteArrayInputStream(csv)));
                assertThat(done.getException()).isNull();
            }
            assertThat(logs.lines("org.apache.camel")).as("Camel logged at TRACE").isPositive();
            assertThat(logs.lines("org.apache.hc.client5.http.headers")).as("HttpClient logged headers").isPositive();
        }
        sandbox().clearFaults();

        Map<String, Integer> perNumber = SentTexts.perNumber(template);
        assertThat(perNumber).hasSize(SENDS * LINES);
        assertThat(perNumber.values()).containsOnly(1);
        assertThat(spoolFiles()).as("spool files left behind").isEqualTo(spoolsBefore);
    }

    private static byte[] csv(long first) {
        StringBuilder csv = new StringBuilder("phoneNumber,message\n");
        for (int i = 0; i < LINES; i++) {
            csv.append(SentTexts.number(first + i)).append(",\"Line ").append(i).append(", see you \"\"soon\"\"\"\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("camel-callfire-recipients-")).count();
        }
    }
}
