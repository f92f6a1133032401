package io.github.camelcallfire.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Checks every sandbox answer against the CallFire OpenAPI description (callfire.com.json). The sandbox follows
 * CallFire's recorded samples and the official Java client where the sources disagree; each such deliberate deviation is listed in {@link #DEVIATIONS} with
 * its reason, and nothing else may differ.
 */
final class ContractValidator {

    /** A known, deliberate difference between the sandbox and callfire.com.json. */
    record Deviation(String method, Pattern path, String messageKey, String messageContains, String reason) {
        boolean covers(String requestMethod, String requestPath, ValidationReport.Message message) {
            return (method == null || method.equals(requestMethod))
                    && path.matcher(requestPath).matches()
                    && message.getKey().equals(messageKey)
                    && (messageContains == null || message.getMessage().contains(messageContains));
        }
    }

    static final List<Deviation> DEVIATIONS = List.of(
            new Deviation(null, Pattern.compile(".*"), "validation.request.path.missing", null,
                    "Tests call paths outside the API on purpose to check the 404 answer; there is no contract for them."),
            new Deviation(null, Pattern.compile(".*"), "validation.request.operation.notAllowed", null,
                    "Tests use methods a path does not have on purpose to check the 405 answer."),
            new Deviation(null, Pattern.compile(".*"), "validation.response.status.unknown", null,
                    "The spec documents only error statuses for most operations; like the real API (CallFire's samples: 200 for actions and updates, 204 for deletes)"
                            + " creates answer 201, deletes 204, actions and updates 200 with an empty body."),
            new Deviation(null, Pattern.compile(".*"), "validation.response.body.missing", null,
                    "Actions and updates answer 200 with an empty body (CallFire's samples), where the newer spec"
                            + " names a body type."),
            new Deviation(null, Pattern.compile(".*"), "validation.response.body.schema.type", "internalCode",
                    "internalCode is an integer, as both official clients read it; the newer"
                            + " spec types it as a string."),
            new Deviation("POST", Pattern.compile("/v2/contacts/lists"), "validation.response.body.schema.required", null,
                    "POST /contacts/lists answers {\"id\"} as the 2016 spec, the client and the samples do"
                            + " (CallFire's samples), not a full ContactList."),
            new Deviation("GET", Pattern.compile("/v2/calls/recordings/[^/]+\\.mp3"),
                    "validation.response.contentType.notAllowed", "'audio/mpeg'",
                    "GET /calls/recordings/{id}.mp3 answers the MP3 bytes (audio/mpeg) like its sibling"
                            + " /calls/{id}/recordings/{name}.mp3; the newer spec declares application/json for it."),
            new Deviation("GET", Pattern.compile("/v2/(media/.+\\..+|campaigns/sounds/.+\\.(mp3|wav))"),
                    "validation.response.contentType.notAllowed", "'application/json'",
                    "Errors of binary downloads are CallFire error JSON like every other error (CallFire's error shape); the"
                            + " spec lists only the media types, for every status."),
            new Deviation("GET", Pattern.compile("/v2/me/account"), "validation.response.body.schema.required", null,
                    "The public Account shape of the 2016 spec and the official client, not the"
                            + " internal Account of the newer spec."),
            new Deviation("GET", Pattern.compile("/v2/me/account"), "validation.response.body.schema.additionalProperties",
                    null, "The public Account (2016 spec, official client) has email, firstName, lastName and permissions,"
                            + " which the newer spec's internal Account lacks."),
            new Deviation("GET", Pattern.compile("/v2/numbers/.*"), "validation.response.body.schema.additionalProperties",
                    "[\"lata\",\"rateCenter\"]",
                    "Region keeps lata and rateCenter of the 2016 spec and CallFire's samples; the newer spec"
                            + " dropped them from Region but still filters number searches by them."),
            new Deviation("GET", Pattern.compile("/v2/keywords/leases/configs"),
                    "validation.response.body.schema.additionalProperties", null,
                    "The newer spec types this list as an untyped Page; its items are KeywordConfig objects."));

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(load("/callfire-api/callfire.com.json"))
            // merges allOf (every *Page schema) so that unknown-property detection sees the whole object
            .withResolveCombinators(true)
            .build();

    private ContractValidator() {
    }

    private static String load(String resource) {
        try (InputStream in = ContractValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Set {@code -Dcallfire.contract.log=FILE} to list every checked request (method, path, status) in FILE. */
    private static final String COVERAGE_FILE = System.getProperty("callfire.contract.log");

    /** Fails the test when the answer breaks the contract in a way that is not a listed deviation. */
    static void validate(String method, String pathAndQuery, SandboxHttp.Reply reply) {
        String path = "/v2" + pathAndQuery.split("\\?", 2)[0];
        if (COVERAGE_FILE != null) {
            record(method + " " + path + " " + reply.status() + "\n");
        }
        String contentType = reply.header("Content-Type");
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (contentType != null && contentType.startsWith("application/json") && reply.bytes().length > 0) {
            response.withBody(reply.text());
        }
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                response.build());
        List<ValidationReport.Message> violations = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> DEVIATIONS.stream().noneMatch(d -> d.covers(method, path, m)))
                .toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("Contract violation for " + method + " " + pathAndQuery + " -> " + reply.status()
                    + ":\n" + violations.stream().map(m -> "  [" + m.getKey() + "] " + m.getMessage() + " " + m.getNestedMessages())
                    .collect(Collectors.joining("\n")) + "\nbody: " + abbreviate(reply.text()));
        }
    }

    private static synchronized void record(String line) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(COVERAGE_FILE), line,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }
}
