package io.github.camelcallfire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationParam;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogTest {

    private static JsonNode catalog() throws Exception {
        try (InputStream json = CatalogTest.class.getResourceAsStream("/META-INF/io/github/camelcallfire/callfire.json")) {
            return new ObjectMapper().readTree(json);
        }
    }

    @Test
    void listsEveryOperationParameterAsADescribedEndpointOption() throws Exception {
        JsonNode properties = catalog().path("properties");
        List<String> names = new ArrayList<>();
        for (CallfireOperation operation : CallfireOperation.values()) {
            operation.params().stream().map(OperationParam::name).forEach(names::add);
        }
        names.addAll(List.of("apiName", "methodName", "broadcastType", "autoPaginate", "username", "password",
                "baseUrl", "connectTimeout", "responseTimeout", "connectionRequestTimeout", "maxConnections",
                "proxyHost", "proxyPort", "proxyUsername", "proxyPassword", "sslContextParameters"));

        for (String name : names) {
            assertThat(properties.path(name).path("description").asText()).as("description of option " + name)
                    .isNotBlank();
        }
        assertThat(properties.path("password").path("secret").asBoolean()).isTrue();
    }

    @Test
    void listsEveryHeaderConstantWithItsType() throws Exception {
        JsonNode headers = catalog().path("headers");
        for (Field field : CallfireConstants.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("HEADER_PREFIX")) {
                String header = (String) field.get(null);
                assertThat(headers.path(header).path("javaType").asText()).as("header " + header).isNotBlank();
            }
        }
        for (String option : CallfireOperationParameters.NAMES) {
            assertThat(headers.has(CallfireConstants.headerFor(option))).as("override header of " + option).isTrue();
        }
    }

    @Test
    void listsTheSharedConfigurationAsComponentOptions() throws Exception {
        JsonNode options = catalog().path("componentProperties");

        assertThat(options.has("configuration")).isTrue();
        assertThat(options.has("username")).isTrue();
        assertThat(options.has("baseUrl")).isTrue();
        assertThat(options.path("baseUrl").path("defaultValue").asText()).isEqualTo("https://api.callfire.com/v2");
    }
}
