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
    void listsTheSharedOptionsAsDescribedEndpointOptions() throws Exception {
        JsonNode properties = catalog().path("properties");
        List<String> names = List.of("apiName", "methodName", "broadcastType", "autoPaginate", "username", "password",
                "baseUrl", "connectTimeout", "responseTimeout", "connectionRequestTimeout", "maxConnections",
                "proxyHost", "proxyPort", "proxyUsername", "proxyPassword", "sslContextParameters");

        for (String name : names) {
            assertThat(properties.path(name).path("description").asText()).as("description of option " + name)
                    .isNotBlank();
        }
        assertThat(properties.path("password").path("secret").asBoolean()).isTrue();
    }

    /* guards the API model: each operation's options listed under its api and method, and nowhere else */
    @Test
    void listsEachOperationsOwnOptionsUnderItsApiAndMethod() throws Exception {
        JsonNode catalog = catalog();
        assertThat(catalog.path("component").path("api").asBoolean()).isTrue();
        assertThat(catalog.path("component").path("apiSyntax").asText()).isEqualTo("apiName/methodName");
        JsonNode apis = catalog.path("apiProperties");
        List<String> operationOptions = new ArrayList<>();
        for (CallfireOperation operation : CallfireOperation.values()) {
            JsonNode api = catalog.path("apis").path(operation.api());
            assertThat(api.path("description").asText()).as("description of api " + operation.api()).isNotBlank();
            assertThat(api.path("methods").path(operation.method()).path("description").asText())
                    .as(operation.uriPath()).contains(operation.operationId());
            JsonNode properties = apis.path(operation.api()).path("methods").path(operation.method()).path("properties");
            for (OperationParam param : operation.params()) {
                JsonNode option = properties.path(param.name());
                assertThat(option.path("description").asText()).as(operation.uriPath() + " " + param.name())
                        .isNotBlank();
                assertThat(option.path("optional").asBoolean()).as(operation.uriPath() + " " + param.name())
                        .isEqualTo(!param.required());
                operationOptions.add(param.name());
            }
            properties.fieldNames().forEachRemaining(name -> assertThat(operation.indexOf(name) >= 0
                    || broadcastTwinTakes(operation, name)).as(operation.uriPath() + " lists " + name).isTrue());
        }
        JsonNode endpointOptions = catalog.path("properties");
        assertThat(operationOptions).allSatisfy(name -> assertThat(endpointOptions.has(name))
                .as(name + " is not an option of every endpoint").isFalse());
        assertThat(apis.path("webhooks").path("methods").path("events").path("properties").has("resource")).isTrue();
    }

    /* unset returns both: a default of false would be wrong, so the catalog has none for these filters */
    @Test
    void triStateFiltersHaveNoDefault() throws Exception {
        JsonNode inbound = catalog().path("apiProperties").path("texts").path("methods").path("find")
                .path("properties").path("inbound");

        assertThat(inbound.has("defaultValue")).isFalse();
        assertThat(inbound.path("enum")).extracting(JsonNode::asText).containsExactly("true", "false");
    }

    private static boolean broadcastTwinTakes(CallfireOperation operation, String name) {
        for (CallfireOperation other : CallfireOperation.values()) {
            if (other != operation && other.uriPath().equals(operation.uriPath()) && other.indexOf(name) >= 0) {
                return true;
            }
        }
        return false;
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
