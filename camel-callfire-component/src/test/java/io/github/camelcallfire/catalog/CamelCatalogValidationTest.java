package io.github.camelcallfire.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.operation.CallfireOperation;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What IDEs, Kaoto, Karavan and camel-jbang see: Camel's own catalog, given our callfire.json, checks URIs per
 * operation. Guards the API model of the catalog (apis and apiProperties generated from the operation table).
 */
class CamelCatalogValidationTest {

    private static final CamelCatalog CATALOG = new DefaultCamelCatalog();
    private static JsonNode apiProperties;

    @BeforeAll
    static void addOurComponent() throws Exception {
        try (InputStream in = CamelCatalogValidationTest.class
                .getResourceAsStream("/META-INF/io/github/camelcallfire/callfire.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            CATALOG.addComponent("callfire", CallfireComponent.class.getName(), json);
            apiProperties = new ObjectMapper().readTree(json).path("apiProperties");
        }
    }

    @Test
    void acceptsEveryOperationWithEveryOneOfItsOptions() {
        List<String> uris = new ArrayList<>();
        for (CallfireOperation operation : CallfireOperation.values()) {
            uris.add(uriWithAllOptions(operation.api(), operation.method()));
        }
        uris.add(uriWithAllOptions("webhooks", "events") + "&webhookPath=/events&secret=RAW(s3cret)");
        uris.add("callfire:broadcasts/start?broadcastType=CALL&id=1");
        uris.add("callfire:texts/find?inbound=true&delay=5000&stateRepository=#states&username={{cf.user}}");
        uris.add("callfire:calls/send?defaultVoice=female1&sendResult=IDS&toNumber=12135551100");

        assertThat(uris).hasSize(CallfireOperation.values().length + 4).allSatisfy(uri -> {
            EndpointValidationResult result = CATALOG.validateEndpointProperties(uri);
            assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(false)).isTrue();
        });
    }

    @Test
    void rejectsAnUnknownOperationNamingTheValidOnes() {
        EndpointValidationResult misspeltMethod = CATALOG.validateEndpointProperties("callfire:texts/sendd");
        EndpointValidationResult misspeltApi = CATALOG.validateEndpointProperties("callfire:textz/send");
        // find exists in other apis, not in account
        EndpointValidationResult methodOfAnotherApi = CATALOG.validateEndpointProperties("callfire:account/find");

        assertThat(misspeltMethod.isSuccess()).isFalse();
        assertThat(misspeltMethod.getInvalidEnum()).containsEntry("methodName", "sendd");
        assertThat(misspeltMethod.getInvalidEnumChoices().get("methodName")).contains("send", "find", "get");
        assertThat(misspeltApi.isSuccess()).isFalse();
        assertThat(misspeltApi.getInvalidEnum()).containsEntry("apiName", "textz");
        assertThat(methodOfAnotherApi.isSuccess()).isFalse();
        assertThat(methodOfAnotherApi.getInvalidEnumChoices().get("methodName"))
                .containsExactlyInAnyOrder("get", "get-credit-usage", "get-plan-usage");
    }

    @Test
    void rejectsOptionsThatDoNotApplyToTheOperation() {
        EndpointValidationResult inboundOnDncsAdd = CATALOG.validateEndpointProperties("callfire:dncs/add?inbound=true");
        EndpointValidationResult toNumberOnTextsGet = CATALOG.validateEndpointProperties(
                "callfire:texts/get?id=1&toNumber=12135551100");
        EndpointValidationResult misspelt = CATALOG.validateEndpointProperties("callfire:texts/find?inbund=true");

        assertThat(inboundOnDncsAdd.isSuccess()).isFalse();
        assertThat(inboundOnDncsAdd.getUnknown()).containsExactly("inbound");
        assertThat(toNumberOnTextsGet.getUnknown()).containsExactly("toNumber");
        assertThat(misspelt.getUnknown()).containsExactly("inbund");
    }

    @Test
    void rejectsValuesOfTheWrongKind() {
        EndpointValidationResult notABoolean = CATALOG.validateEndpointProperties("callfire:texts/find?inbound=yes");
        EndpointValidationResult notANumber = CATALOG.validateEndpointProperties("callfire:texts/find?limit=ten");
        EndpointValidationResult notAVoice = CATALOG.validateEndpointProperties(
                "callfire:calls/send?defaultVoice=ROBOT");
        EndpointValidationResult notABroadcastType = CATALOG.validateEndpointProperties(
                "callfire:broadcasts/find?broadcastType=FAX");

        assertThat(notABoolean.getInvalidEnum()).containsEntry("inbound", "yes");
        assertThat(notANumber.getInvalidInteger()).containsEntry("limit", "ten");
        assertThat(notAVoice.getInvalidEnum()).containsEntry("defaultVoice", "ROBOT");
        assertThat(notABroadcastType.getInvalidEnum()).containsEntry("broadcastType", "FAX");
    }

    private static String uriWithAllOptions(String api, String method) {
        JsonNode properties = apiProperties.path(api).path("methods").path(method).path("properties");
        assertThat(properties.isObject()).as(api + "/" + method + " in apiProperties").isTrue();
        StringBuilder uri = new StringBuilder("callfire:" + api + "/" + method + "?username=u&password=RAW(p)");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            uri.append('&').append(option.getKey()).append('=').append(sampleValue(option.getValue()));
        }
        return uri.toString();
    }

    static String sampleValue(JsonNode option) {
        if (option.path("enum").size() > 0) {
            return option.path("enum").get(0).asText();
        }
        return switch (option.path("type").asText()) {
            case "integer" -> "7";
            case "boolean" -> "true";
            default -> "12135551100";
        };
    }
}
