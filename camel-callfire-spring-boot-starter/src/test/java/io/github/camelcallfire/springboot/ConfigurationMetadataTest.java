package io.github.camelcallfire.springboot;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.Enumeration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.CallfireConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The IDE reads names, types, descriptions and defaults from the metadata the annotation processor wrote. */
class ConfigurationMetadataTest {

    @Test
    void describesEveryCallfireProperty() throws Exception {
        Map<String, JsonNode> properties = properties();

        assertThat(properties).containsKeys("camel.component.callfire.enabled", "camel.component.callfire.username",
                "camel.component.callfire.password", "camel.component.callfire.base-url",
                "camel.component.callfire.connect-timeout", "camel.component.callfire.response-timeout",
                "camel.component.callfire.connection-request-timeout", "camel.component.callfire.max-connections",
                "camel.component.callfire.proxy-host", "camel.component.callfire.proxy-port",
                "camel.component.callfire.proxy-username", "camel.component.callfire.proxy-password",
                "camel.component.callfire.ssl-context-parameters", "camel.component.callfire.lazy-start-producer",
                "camel.component.callfire.bridge-error-handler", "camel.component.callfire.autowired-enabled",
                "camel.component.callfire.health-check-consumer-enabled",
                "camel.component.callfire.customizer.enabled");
        // the component has no producer health check: no switch for one
        assertThat(properties).doesNotContainKey("camel.component.callfire.health-check-producer-enabled");
        assertThat(properties.values()).allSatisfy(p -> assertThat(p.path("description").asText()).isNotBlank());
        assertThat(properties.get("camel.component.callfire.password").path("description").asText())
                .contains("password");
    }

    /** A component option added later must get its property too: the catalog JSON lists them all. */
    @Test
    void coversEveryComponentOptionOfTheCatalog() throws Exception {
        Map<String, JsonNode> properties = properties();
        JsonNode catalog;
        try (InputStream in = CallfireConfiguration.class.getResourceAsStream("/META-INF/io/github/camelcallfire/callfire.json")) {
            catalog = new ObjectMapper().readTree(in);
        }
        List<String> missing = new ArrayList<>();
        catalog.path("componentProperties").fieldNames().forEachRemaining(option -> {
            String property = CallfireComponentConfiguration.PREFIX + "." + option.replaceAll("([A-Z])", "-$1").toLowerCase();
            // the nested configuration object's options are properties of their own; no producer health check exists
            if (!option.equals("configuration") && !option.equals("healthCheckProducerEnabled")
                    && !properties.containsKey(property)) {
                missing.add(property);
            }
        });
        assertThat(missing).as("component options without a Spring Boot property").isEmpty();
    }

    @Test
    void advertisesTheComponentDefaults() throws Exception {
        Map<String, JsonNode> properties = properties();

        assertThat(properties.get("camel.component.callfire.base-url").path("defaultValue").asText())
                .isEqualTo(CallfireConfiguration.DEFAULT_BASE_URL);
        assertThat(properties.get("camel.component.callfire.connect-timeout").path("defaultValue").asText())
                .isEqualTo("10s");
        assertThat(properties.get("camel.component.callfire.enabled").path("defaultValue").asBoolean()).isTrue();
        assertThat(properties.get("camel.component.callfire.customizer.enabled").path("defaultValue").asBoolean())
                .isTrue();
    }

    /** Each default and description is the catalog's: options without a default have none. */
    @Test
    void takesDefaultsAndDescriptionsFromTheCatalog() throws Exception {
        Map<String, JsonNode> properties = properties();
        JsonNode catalog;
        try (InputStream in = CallfireConfiguration.class.getResourceAsStream("/META-INF/io/github/camelcallfire/callfire.json")) {
            catalog = new ObjectMapper().readTree(in);
        }
        assertThat(properties.get("camel.component.callfire.rate-limit").path("defaultValue").asDouble(-1))
                .isEqualTo(0.0);
        assertThat(properties.get("camel.component.callfire.retry-initial-delay").path("defaultValue").asText())
                .isEqualTo("500ms");
        catalog.path("componentProperties").fields().forEachRemaining(entry -> {
            JsonNode property = properties.get(CallfireComponentConfiguration.PREFIX + "."
                    + entry.getKey().replaceAll("([A-Z])", "-$1").toLowerCase());
            if (property == null) {
                return;
            }
            JsonNode option = entry.getValue();
            assertThat(property.has("defaultValue")).as(entry.getKey() + " has a default")
                    .isEqualTo(option.has("defaultValue"));
            String first = option.path("description").asText().replace(" in milliseconds", "").split("\\. ")[0];
            assertThat(property.path("description").asText().replaceAll("\\s+", " "))
                    .as(entry.getKey()).startsWith(first);
        });
    }

    /** The table of properties in docs/integrations.md lists each property with the default the metadata has. */
    @Test
    void theDocumentedTableMatchesTheMetadata() throws Exception {
        Map<String, String> documented = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("../docs/integrations.md"))) {
            if (line.startsWith("| `" + CallfireComponentConfiguration.PREFIX + ".")) {
                String[] cells = line.split("\\|");
                documented.put(cells[1].trim().replace("`", ""), cells[3].trim().replace("`", ""));
            }
        }
        Map<String, String> generated = new TreeMap<>();
        properties().forEach((name, property) -> generated.put(name, property.has("defaultValue")
                ? property.path("defaultValue").asText() : ""));

        assertThat(documented).isEqualTo(generated);
    }

    /** Every jar may carry such a file; ours is the one declaring the camel.component.callfire group. */
    private static Map<String, JsonNode> properties() throws Exception {
        Enumeration<URL> files = ConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
        ObjectMapper mapper = new ObjectMapper();
        while (files.hasMoreElements()) {
            JsonNode metadata;
            try (InputStream in = files.nextElement().openStream()) {
                metadata = mapper.readTree(in);
            }
            if (declaresCallfireGroup(metadata)) {
                Map<String, JsonNode> byName = new HashMap<>();
                metadata.path("properties").forEach(p -> byName.put(p.path("name").asText(), p));
                return byName;
            }
        }
        throw new AssertionError("no META-INF/spring-configuration-metadata.json on the classpath declares "
                + CallfireComponentConfiguration.PREFIX);
    }

    private static boolean declaresCallfireGroup(JsonNode metadata) {
        for (JsonNode group : metadata.path("groups")) {
            if (CallfireComponentConfiguration.PREFIX.equals(group.path("name").asText())) {
                return true;
            }
        }
        return false;
    }
}
