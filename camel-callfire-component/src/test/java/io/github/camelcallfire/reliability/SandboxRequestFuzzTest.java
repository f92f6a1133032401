package io.github.camelcallfire.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and malformed bodies and query strings sent to the sandbox's /v2 endpoints: never a 500 and never a hang;
 * a refusal is always a 4xx with CallFire's error JSON.
 */
class SandboxRequestFuzzTest {

    private static final String[] WRITES = { "POST /texts", "POST /calls", "POST /contacts", "POST /contacts/lists",
            "PUT /contacts/lists/1", "POST /texts/broadcasts", "POST /calls/broadcasts", "POST /texts/auto-replys",
            "POST /contacts/dncs", "PUT /contacts/1", "POST /numbers/leases/12135551100/config",
            "PUT /numbers/leases/12135551100/config", "POST /keywords/leases", "POST /campaigns/batches",
            "POST /me/api/credentials", "POST /webhooks", "POST /campaigns/sounds/tts" };
    private static final String[] READS = { "/texts", "/calls", "/contacts", "/contacts/lists", "/texts/broadcasts",
            "/numbers/local", "/numbers/regions", "/keywords", "/contacts/dncs", "/webhooks", "/media" };

    private static CallfireSandbox sandbox;
    private static HttpClient http;
    private static String authorization;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeContainer
    static void start() {
        sandbox = CallfireSandbox.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        authorization = "Basic " + Base64.getEncoder().encodeToString((sandbox.username() + ":" + sandbox.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    @AfterContainer
    static void stop() {
        sandbox.stop();
    }

    @Property(tries = 200)
    void aRandomBodyIsRefusedWithCallfiresErrorJson(@ForAll("writes") String endpoint, @ForAll("bodies") String body)
            throws Exception {
        String[] methodAndPath = endpoint.split(" ");
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + methodAndPath[1]))
                .method(methodAndPath[0], HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));

        assertAnsweredWithoutServerError(response);
    }

    @Property(tries = 150)
    void aRandomQueryIsRefusedWithCallfiresErrorJson(@ForAll("reads") String path, @ForAll("queries") String query)
            throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path + "?" + query))
                .GET());

        assertAnsweredWithoutServerError(response);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", authorization).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertAnsweredWithoutServerError(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        if (response.statusCode() >= 400) {
            JsonNode error = MAPPER.readTree(response.body());
            assertThat(error.path("httpStatusCode").asInt()).isEqualTo(response.statusCode());
            assertThat(error.path("message").asText()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> writes() {
        return Arbitraries.of(WRITES);
    }

    @Provide
    Arbitrary<String> reads() {
        return Arbitraries.of(READS);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truefalsn\\")
                .ofMaxLength(120);
        Arbitrary<String> shapes = Arbitraries.of("", "{}", "[]", "[{}]", "null", "42", "\"x\"", "[null]", "[[]]",
                "{\"phoneNumber\":12}", "[{\"phoneNumber\":{}}]", "[{\"phoneNumber\":\"+1\",\"message\":[]}]",
                "{\"name\":null}", "{\"name\":[\"a\"]}", "{\"contactNumbers\":\"1\"}", "{\"recipients\":{}}",
                "{\"schedules\":[{\"startDate\":\"x\"}]}", "{\"id\":\"abc\"}", "[{\"homePhone\":true}]",
                "{\"enabled\":\"maybe\"}", "{\"number\":1e999}", "{\"a\":" + "[".repeat(3000) + "}",
                "{\"message\":\"\\ud800\"}", "{\"callback\":\"not a url\",\"resource\":\"Nope\"}");
        return Arbitraries.oneOf(noise, jsonish, shapes);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> name = Arbitraries.of("limit", "offset", "fields", "inbound", "states", "results",
                "intervalBegin", "intervalEnd", "campaignId", "batchId", "toNumber", "fromNumber", "id", "name",
                "prefix", "zipcode", "x");
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.of("-1", "0", "99999999999999999999", "1e3", "true", "maybe", "items(", "items(id,(",
                        ")", "a,,b", ""));
        return Arbitraries.oneOf(
                Combinators.combine(name, value).as((n, v) -> n + "=" + encode(v)),
                Arbitraries.strings().withChars("=&+a1(),").ofMaxLength(40));
    }

    /* encoded, so the sandbox sees the odd value rather than the JDK client refusing the URI */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
