package io.github.camelcallfire.sandbox.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class WebhooksApiTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http;

    @BeforeEach
    void client() {
        http = new SandboxHttp(SANDBOX.sandbox());
    }

    private long create(Map<String, Object> webhook) {
        SandboxHttp.Reply reply = http.post("/webhooks", webhook);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.json().size()).isEqualTo(1);
        return reply.json().get("id").asLong();
    }

    private static Map<String, Object> inboundTexts(String name) {
        return Map.of("name", name, "resource", "InboundText", "events", List.of("Finished"),
                "callback", "https://example.com/hooks/" + name);
    }

    @Test
    void createsReadsUpdatesAndDeletesWebhooks() {
        long id = create(Map.of("name", "broadcasts", "resource", "TextBroadcast",
                "events", List.of("started", "FINISHED"), "callback", "http://localhost:9/cb",
                "secret", "s3cret", "singleUse", true, "fields", "id,status"));

        JsonNode webhook = http.get("/webhooks/" + id).json();
        assertThat(webhook.get("id").asLong()).isEqualTo(id);
        assertThat(webhook.get("name").asText()).isEqualTo("broadcasts");
        assertThat(webhook.get("resource").asText()).isEqualTo("TextBroadcast");
        assertThat(webhook.get("events")).extracting(JsonNode::asText).containsExactly("Started", "Finished");
        assertThat(webhook.get("callback").asText()).isEqualTo("http://localhost:9/cb");
        assertThat(webhook.get("secret").asText()).isEqualTo("s3cret");
        assertThat(webhook.get("enabled").asBoolean()).isTrue();
        assertThat(webhook.get("singleUse").asBoolean()).isTrue();
        assertThat(webhook.get("fields").asText()).isEqualTo("id,status");
        long created = webhook.get("createdAt").asLong();
        assertThat(webhook.get("updatedAt").asLong()).isEqualTo(created);

        SANDBOX.sandbox().clock().advance(5_000);
        SandboxHttp.Reply update = http.put("/webhooks/" + id, Map.of("name", "renamed", "singleUse", false,
                "enabled", false));
        assertThat(update.status()).as(update.text()).isEqualTo(200);
        assertThat(update.bytes()).isEmpty();
        JsonNode updated = http.get("/webhooks/" + id).json();
        assertThat(updated.get("name").asText()).isEqualTo("renamed");
        assertThat(updated.get("singleUse").asBoolean()).isFalse();
        assertThat(updated.get("enabled").asBoolean()).isFalse();
        assertThat(updated.get("resource").asText()).isEqualTo("TextBroadcast");
        assertThat(updated.get("createdAt").asLong()).isEqualTo(created);
        assertThat(updated.get("updatedAt").asLong()).isGreaterThanOrEqualTo(created + 5_000);

        assertThat(http.delete("/webhooks/" + id).status()).isEqualTo(204);
        assertThat(http.get("/webhooks/" + id).status()).isEqualTo(404);
        assertThat(http.get("/webhooks/" + id).json().get("httpStatusCode").asInt()).isEqualTo(404);
        assertThat(http.delete("/webhooks/" + id).status()).isEqualTo(404);
        assertThat(http.put("/webhooks/" + id, Map.of("name", "x")).status()).isEqualTo(404);
    }

    @Test
    void findsByEveryFilterNewestFirstWithPaging() {
        long a = create(inboundTexts("a"));
        long b = create(Map.of("name", "b", "resource", "OutboundCall", "events", List.of("Finished"),
                "callback", "https://example.com/calls", "enabled", false));
        long c = create(Map.of("name", "c", "resource", "TextBroadcast", "events", List.of("Stopped"),
                "callback", "https://example.com/hooks/a"));

        JsonNode all = http.get("/webhooks").json();
        assertThat(all.get("totalCount").asInt()).isEqualTo(3);
        assertThat(all.get("limit").asInt()).isEqualTo(100);
        assertThat(ids(all)).containsExactly(c, b, a);

        assertThat(ids(http.get("/webhooks?name=b").json())).containsExactly(b);
        assertThat(ids(http.get("/webhooks?resource=inboundtext").json())).containsExactly(a);
        assertThat(ids(http.get("/webhooks?event=stopped").json())).containsExactly(c);
        assertThat(ids(http.get("/webhooks?callback=https://example.com/hooks/a").json())).containsExactly(c, a);
        assertThat(ids(http.get("/webhooks?enabled=false").json())).containsExactly(b);
        assertThat(ids(http.get("/webhooks?enabled=true&resource=TextBroadcast").json())).containsExactly(c);

        JsonNode page = http.get("/webhooks?limit=2&offset=1").json();
        assertThat(ids(page)).containsExactly(b, a);
        assertThat(page.get("totalCount").asInt()).isEqualTo(3);
        assertThat(page.get("offset").asInt()).isEqualTo(1);

        JsonNode partial = http.get("/webhooks?fields=items(id,name)").json();
        assertThat(partial.get("items").get(0).size()).isEqualTo(2);
        assertThat(partial.has("totalCount")).isFalse();
        assertThat(http.get("/webhooks/" + a + "?fields=callback").json().toString())
                .isEqualTo("{\"callback\":\"https://example.com/hooks/a\"}");

        assertThat(http.get("/webhooks?resource=Nothing").status()).isEqualTo(400);
        assertThat(http.get("/webhooks?limit=-1").status()).isEqualTo(400);
    }

    @Test
    void refusesEventsTheResourceDoesNotSupport() {
        SandboxHttp.Reply reply = http.post("/webhooks", Map.of("name", "x", "resource", "InboundText",
                "events", List.of("Started"), "callback", "https://example.com/cb"));

        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.json();
        assertThat(error.get("httpStatusCode").asInt()).isEqualTo(400);
        assertThat(error.get("internalCode").isInt()).isTrue();
        assertThat(error.get("message").asText()).contains("Started", "InboundText", "Finished");
        assertThat(http.get("/webhooks").json().get("totalCount").asInt()).isZero();
    }

    @Test
    void refusesInvalidWebhooks() {
        Map<String, Map<String, Object>> invalid = Map.of(
                "resource", Map.of("events", List.of("Finished"), "callback", "https://example.com/cb"),
                "Unknown webhook resource", Map.of("resource", "Fax", "events", List.of("Finished"),
                        "callback", "https://example.com/cb"),
                "events", Map.of("resource", "InboundText", "callback", "https://example.com/cb"),
                "field 'callback'", Map.of("resource", "InboundText", "events", List.of("Finished")),
                "absolute http or https URL", Map.of("resource", "InboundText", "events", List.of("Finished"),
                        "callback", "test_callback"),
                "ftp://", Map.of("resource", "InboundText", "events", List.of("Finished"),
                        "callback", "ftp://example.com/cb"),
                "'enabled' must be true or false", Map.of("resource", "InboundText", "events", List.of("Finished"),
                        "callback", "https://example.com/cb", "enabled", "yes"),
                "'fields'", Map.of("resource", "InboundText", "events", List.of("Finished"),
                        "callback", "https://example.com/cb", "fields", "id,(name"));
        invalid.forEach((expected, body) -> {
            SandboxHttp.Reply reply = http.post("/webhooks", body);
            assertThat(reply.status()).as(expected + ": " + reply.text()).isEqualTo(400);
            assertThat(reply.json().get("message").asText()).as(reply.text()).contains(expected);
        });
        assertThat(http.post("/webhooks", List.of()).status()).isEqualTo(400);
        assertThat(http.postRaw("/webhooks", "{\"name\":", "application/json").status()).isEqualTo(400);

        long id = create(inboundTexts("valid"));
        SandboxHttp.Reply badUpdate = http.put("/webhooks/" + id, Map.of("events", List.of("ValidationFailed")));
        assertThat(badUpdate.status()).isEqualTo(400);
        assertThat(http.get("/webhooks/" + id).json().get("events").get(0).asText()).isEqualTo("Finished");
    }

    @Test
    void listsResourcesWithTheirEvents() {
        JsonNode resources = http.get("/webhooks/resources").json();
        assertThat(resources.get("items")).extracting(r -> r.get("resource").asText()).containsExactly(
                "InboundText", "OutboundText", "InboundCall", "OutboundCall", "TextBroadcast", "CallBroadcast",
                "CccCampaign", "ContactList", "OutboundTextDeliveryReport", "MonthlyRenewal", "LowBalance");

        JsonNode broadcast = http.get("/webhooks/resources/TextBroadcast").json();
        assertThat(broadcast.get("resource").asText()).isEqualTo("TextBroadcast");
        assertThat(broadcast.get("supportedEvents")).extracting(JsonNode::asText)
                .containsExactly("Started", "Stopped", "Finished");
        assertThat(http.get("/webhooks/resources/text-broadcast").json()).isEqualTo(broadcast);
        assertThat(http.get("/webhooks/resources/ContactList?fields=supportedEvents").json().toString())
                .isEqualTo("{\"supportedEvents\":[\"ValidationFinished\",\"ValidationFailed\"]}");
        assertThat(http.get("/webhooks/resources?fields=items(resource)").json().get("items").get(0).size())
                .isEqualTo(1);
        assertThat(http.get("/webhooks/resources/Fax").status()).isEqualTo(404);
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
    }
}
