package io.github.camelcallfire.kamelets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kamelet files as they are packaged: the Kamelet CRD's shape, and every template parameter declared. */
class KameletDefinitionTest {

    @ParameterizedTest
    @ValueSource(strings = {"callfire-sink", "callfire-source"})
    @SuppressWarnings("unchecked")
    void isAKameletOfItsTypeWithSecretCredentialsAndAVersionedDependency(String name) throws IOException {
        String text = packaged(name);
        Map<String, Object> kamelet = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);

        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");
        Map<String, Object> metadata = (Map<String, Object>) kamelet.get("metadata");
        assertThat(metadata).containsEntry("name", name);
        assertThat((Map<String, Object>) metadata.get("labels"))
                .containsEntry("camel.apache.org/kamelet.type", name.substring("callfire-".length()));
        assertThat((Map<String, Object>) metadata.get("annotations"))
                .containsKeys("camel.apache.org/kamelet.support.level", "camel.apache.org/provider");

        Map<String, Object> spec = (Map<String, Object>) kamelet.get("spec");
        Map<String, Object> definition = (Map<String, Object>) spec.get("definition");
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) definition.get("properties");
        assertThat((List<String>) definition.get("required")).containsExactly("username", "password");
        assertThat(properties.get("password")).containsEntry("format", "password");
        assertThat((List<String>) properties.get("password").get("x-descriptors"))
                .contains("urn:camel:group:credentials");
        assertThat(properties.get("baseUrl")).containsEntry("default", "https://api.callfire.com/v2");

        assertThat((List<String>) spec.get("dependencies"))
                .anySatisfy(dependency -> assertThat(dependency)
                        .matches("mvn:io\\.github\\.camelcallfire:camel-callfire-kamelets:\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
        assertThat(text).doesNotContain("@project.version@");

        // every {{parameter}} of the template is a property of the Kamelet or one of its template beans
        Set<String> declared = new HashSet<>(properties.keySet());
        Map<String, Object> template = (Map<String, Object>) spec.get("template");
        for (Map<String, Object> bean : (List<Map<String, Object>>) template.getOrDefault("beans", List.of())) {
            declared.add((String) bean.get("name"));
        }
        String templateText = text.substring(text.indexOf("\n  template:"));
        Matcher placeholder = Pattern.compile("\\{\\{\\??([^}]+)}}").matcher(templateText);
        Set<String> used = new HashSet<>();
        while (placeholder.find()) {
            used.add(placeholder.group(1));
        }
        assertThat(declared).containsAll(used);
        assertThat(used).containsAll(properties.keySet());
    }

    private static String packaged(String name) throws IOException {
        try (InputStream in = KameletDefinitionTest.class.getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as("kamelets/%s.kamelet.yaml on the classpath", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
