package io.github.camelcallfire.quarkus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.CallfireConfiguration;
import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.ActionState;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.model.Text;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The camel-callfire-quarkus extension in a Camel Quarkus application (JVM mode), the component configured from
 * application.properties only.
 */
@QuarkusTest
@WithTestResource(CallfireSandboxResource.class)
class CallfireQuarkusTest {

    @Inject
    CamelContext context;

    @Inject
    ProducerTemplate template;

    @Inject
    SentTextsRoute sentTexts;

    /** Set by the surefire configuration; Quarkus writes its startup log there. */
    @ConfigProperty(name = "quarkus.log.file.path")
    String logFile;

    @Test
    void installsTheCamelCallfireFeature() throws IOException {
        // Quarkus keeps the features of a build in generated code only; the startup line is where it lists them
        // (the log file is rotated at every boot, so it holds this boot's lines)
        String prefix = "Installed features: [";
        String line = Files.readAllLines(Path.of(logFile), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(prefix))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no 'Installed features' line in " + logFile));
        String features = line.substring(line.indexOf(prefix) + prefix.length(), line.lastIndexOf(']'));

        assertThat(features.split(", ")).contains("camel-callfire", "camel-core");
    }

    @Test
    void bindsComponentOptionsFromApplicationProperties() {
        CallfireConfiguration configuration = context.getComponent("callfire", CallfireComponent.class)
                .getConfiguration();

        assertThat(configuration.getBaseUrl()).startsWith("http://127.0.0.1:").endsWith("/v2");
        assertThat(configuration.getUsername()).isNotBlank();
        assertThat(configuration.getResponseTimeout()).isEqualTo(5_000);
        assertThat(configuration.getMaxConnections()).isEqualTo(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void sendsTextToTheSandbox() {
        Exchange exchange = template.request("callfire:texts/send?sendResult=FULL&toNumber=12135551177",
                e -> e.getMessage().setBody("Sent from Camel Quarkus"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(CallfireConstants.HTTP_STATUS)).isEqualTo(200);
        ItemList<Text> sent = exchange.getMessage().getBody(ItemList.class);
        assertThat(sent.getItems()).singleElement().satisfies(text -> {
            assertThat(text.getToNumber()).isEqualTo("12135551177");
            assertThat(text.getState()).isIn(ActionState.READY, ActionState.FINISHED);
        });
        Page<Text> stored = template.requestBody("callfire:texts/find?toNumber=12135551177", null, Page.class);
        assertThat(stored.getItems()).extracting(Text::getMessage).containsExactly("Sent from Camel Quarkus");
    }

    @Test
    void consumerRouteReceivesTheTextsSentToTheSandbox() {
        assertThat(context.getRouteController().getRouteStatus("sent-texts")).isEqualTo(ServiceStatus.Started);

        Exchange sent = template.request("callfire:texts/send?toNumber=" + SentTextsRoute.TO_NUMBER,
                e -> e.getMessage().setBody("Polled by a Camel Quarkus route"));
        assertThat(sent.getException()).isNull();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sentTexts.received())
                .extracting(Text::getMessage).containsExactly("Polled by a Camel Quarkus route"));
    }
}
