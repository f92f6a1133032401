package io.github.camelcallfire.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every scenario at tiny sizes: the harness still works end to end. Figures are printed, never judged. */
class BenchmarkSmokeTest {

    @Test
    void everyScenarioProducesFiguresAtSmokeSizes() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        String report = BenchmarkMain.run(Sizes.smoke(), BenchmarkMain.SCENARIOS,
                new PrintStream(progress, true, StandardCharsets.UTF_8));
        System.out.println(report);

        assertThat(report).contains("cores", "max heap", "JVM flags");
        assertThat(report).contains("| Sandbox | capacity", "| P1 | (a) raw HttpClient 5, concurrency 1",
                "| P1 | (b) camel-http route, concurrency 8", "| P1 | (c) callfire:texts/send, concurrency 8",
                "| P2 | list bodies", "| P2 | one request each", "| P3 | poll bytes", "| P3 | poll time",
                "| P4 | find + split streaming", "| P5 | texts/send, 3000 recipients as Iterator",
                "| P1 | (c) callfire:texts/send, concurrency 1: client CPU",
                "| P1 | (a) raw HttpClient 5, concurrency 8: allocated",
                "| P2 | raw HttpClient 5 chunks of 1000", "| P1 | reference: Camel alone",
                "| P6 | consumer drains 3000 waiting texts");
        assertThat(report).contains("| P1 (c)/(a), concurrency 1 |", "| P2 list / one-each |",
                "| P2 client CPU per recipient, list / raw chunks |", "| P3 bytes many/few stored |");
        assertThat(report).doesNotContain("NaN", "Infinity");
    }
}
