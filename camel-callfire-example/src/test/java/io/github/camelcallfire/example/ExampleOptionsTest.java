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
    void rejectsADelayThatIsNotAPositiveNumber() {
        Properties properties = new Properties();
        properties.setProperty("example.replyWindowMs", "soon");

        assertThatThrownBy(() -> ExampleOptions.from(properties))
                .hasMessageContaining("example.replyWindowMs must be a positive number of milliseconds, but was 'soon'");
    }
}
