package io.github.camelcallfire.example;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExampleOptionsTest {

    @Test
    void defaultsToYamlRoutesAndExitingWhenTheStoryIsComplete() {
        ExampleOptions options = ExampleOptions.defaults();

        assertThat(options.replyRoutes()).isEqualTo(ReplyRouteFlavour.YAML);
        assertThat(options.keepRunning()).isFalse();
        assertThat(options.workDir()).isNull();
    }

    @Test
    void readsTheSwitchesFromSystemProperties() {
        Properties properties = new Properties();
        properties.setProperty("example.replyRoutes", "Java");
        properties.setProperty("example.keepRunning", "true");
        properties.setProperty("example.pollDelayMs", "250");

        ExampleOptions options = ExampleOptions.from(properties);

        assertThat(options.replyRoutes()).isEqualTo(ReplyRouteFlavour.JAVA);
        assertThat(options.keepRunning()).isTrue();
        assertThat(options.pollDelayMs()).isEqualTo(250);
    }

    @Test
    void rejectsAnUnknownRouteFlavourListingTheValidOnes() {
        Properties properties = new Properties();
        properties.setProperty("example.replyRoutes", "xml");

        assertThatThrownBy(() -> ExampleOptions.from(properties))
                .hasMessageContaining("example.replyRoutes must be one of [java, yaml], but was 'xml'");
    }

    @Test
    void repliesArePolledUnlessWebhooksAreAskedFor() {
        ExampleOptions defaults = ExampleOptions.defaults();
        assertThat(defaults.replies()).isEqualTo(ReplySource.POLLING);
        assertThat(defaults.replies().repliesUri()).startsWith("callfire:texts/find?inbound=true");

        Properties properties = new Properties();
        properties.setProperty("example.replies", "Webhooks");
        properties.setProperty("example.webhookPort", "8181");
        ExampleOptions webhooks = ExampleOptions.from(properties);

        assertThat(webhooks.replies()).isEqualTo(ReplySource.WEBHOOKS);
        assertThat(webhooks.webhookPort()).isEqualTo(8181);
        assertThat(webhooks.webhookUrl()).isEqualTo("http://localhost:8181");
        assertThat(webhooks.replies().repliesUri()).startsWith("webhook:callfire:webhooks/events?resource=InboundText")
                .contains("secret=RAW({{example.webhookSecret}})", "webhookExternalUrl={{example.webhookUrl}}");
    }

    @Test
    void rejectsAnUnknownReplySourceAndABadPort() {
        Properties properties = new Properties();
        properties.setProperty("example.replies", "push");
        assertThatThrownBy(() -> ExampleOptions.from(properties))
                .hasMessageContaining("example.replies must be one of [polling, webhooks], but was 'push'");

        properties.setProperty("example.replies", "webhooks");
        properties.setProperty("example.webhookPort", "http");
        assertThatThrownBy(() -> ExampleOptions.from(properties))
                .hasMessageContaining("example.webhookPort must be a port number (1-65535), but was 'http'");
    }

    @Test
    void rejectsADelayThatIsNotAPositiveNumber() {
        Properties properties = new Properties();
        properties.setProperty("example.replyWindowMs", "soon");

        assertThatThrownBy(() -> ExampleOptions.from(properties))
                .hasMessageContaining("example.replyWindowMs must be a positive number of milliseconds, but was 'soon'");
    }
}
