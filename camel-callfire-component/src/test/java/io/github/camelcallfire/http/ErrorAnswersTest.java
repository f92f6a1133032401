package io.github.camelcallfire.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a caller learns from a failed request: an error answer that is not CallFire's JSON (a gateway's HTML page, an
 * empty body, JSON of another shape) keeps its text; the exception messages name operation, path and stage; settings
 * and the Authorization header print no secret. These are pure mappings of bytes and values, tested directly. Found
 * by mutation testing (docs/testing.md): the sandbox always answers CallFire's error JSON, so these paths were never
 * run.
 */
class ErrorAnswersTest {

    private final ApiErrors errors = new ApiErrors(CallfireJson.newObjectMapper().reader());

    // ---- ApiErrors ---------------------------------------------------------------------------------------------------

    /* guards: every field of CallFire's error JSON reaches the exception and its message */
    @Test
    void callfiresErrorJsonIsReadIntoItsFields() {
        CallfireApiException error = errors.toException(400, bytes("{\"httpStatusCode\":400,\"internalCode\":3,"
                + "\"message\":\"bad number\",\"developerMessage\":\"toNumber is invalid\","
                + "\"helpLink\":\"https://developers.callfire.com/x\"}"), "sendTexts", "/texts");

        assertThat(error.getHttpStatus()).isEqualTo(400);
        assertThat(error.getInternalCode()).isEqualTo(3);
        assertThat(error.getApiMessage()).isEqualTo("bad number");
        assertThat(error.getDeveloperMessage()).isEqualTo("toNumber is invalid");
        assertThat(error.getHelpLink()).isEqualTo("https://developers.callfire.com/x");
        assertThat(error.getMessage()).isEqualTo(
                "CallFire sendTexts (/texts) failed with HTTP 400, internalCode 3: bad number (toNumber is invalid)");
    }

    /* guards: each of the three fields alone makes the JSON CallFire's error */
    @Test
    void anyOneOfCallfiresFieldsMakesItsErrorJson() {
        assertThat(errors.toException(500, bytes("{\"message\":\"m\"}"), "op", "/p").getApiMessage()).isEqualTo("m");
        assertThat(errors.toException(500, bytes("{\"internalCode\":7}"), "op", "/p").getInternalCode()).isEqualTo(7);
        assertThat(errors.toException(500, bytes("{\"developerMessage\":\"d\"}"), "op", "/p").getDeveloperMessage())
                .isEqualTo("d");
    }

    /* guards: JSON of another shape is kept as text, not read as an empty CallFire error */
    @Test
    void jsonThatIsNotCallfiresErrorIsKeptAsText() {
        CallfireApiException error = errors.toException(502, bytes("{\"error\":\"upstream\"}\n"), "getText", "/texts/1");

        assertThat(error.getApiMessage()).isEqualTo("{\"error\":\"upstream\"}");
        assertThat(error.getInternalCode()).isNull();
        assertThat(error.getDeveloperMessage()).isNull();
        assertThat(error.getMessage()).isEqualTo("CallFire getText (/texts/1) failed with HTTP 502: {\"error\":\"upstream\"}");
    }

    /* guards: a body that does not start with '{' is not parsed but kept, trimmed */
    @Test
    void aGatewaysHtmlPageIsKeptAsTrimmedText() {
        CallfireApiException error = errors.toException(504, bytes("  <html>Gateway Timeout</html>\r\n"), "getText",
                "/texts/1");

        assertThat(error.getApiMessage()).isEqualTo("<html>Gateway Timeout</html>");
        assertThat(error.getHttpResponseStatus()).isEqualTo("<html>Gateway Timeout</html>");
    }

    /* guards: JSON that cannot be parsed is kept as text, not lost */
    @Test
    void brokenJsonIsKeptAsText() {
        assertThat(errors.toException(500, bytes("{\"message\": "), "op", "/p").getApiMessage())
                .isEqualTo("{\"message\":");
    }

    /* guards: an empty body gives no message rather than an empty string or a failure */
    @Test
    void anEmptyErrorBodyLeavesTheMessageEmpty() {
        CallfireApiException error = errors.toException(503, new byte[0], "getText", "/texts/1");

        assertThat(error.getApiMessage()).isNull();
        assertThat(error.getMessage()).isEqualTo("CallFire getText (/texts/1) failed with HTTP 503");
    }

    // ---- CallfireApiException ----------------------------------------------------------------------------------------

    /* guards: a developer message equal to the message is not repeated */
    @Test
    void aDeveloperMessageEqualToTheMessageIsShownOnce() {
        CallfireApiException error = new CallfireApiException(404, 0, "not found", "not found", null, "getText", "/t");

        assertThat(error.getMessage()).isEqualTo("CallFire getText (/t) failed with HTTP 404, internalCode 0: not found");
    }

    /* guards: Camel's HttpResponseAware view: the status text set by Camel wins over the API message */
    @Test
    void camelCanSetTheStatusSeenByHealthChecks() {
        CallfireApiException error = new CallfireApiException(503, null, "busy", null, null, "getText", "/t");

        error.setHttpResponseCode(504);
        error.setHttpResponseStatus("Gateway Timeout");

        assertThat(error.getHttpResponseCode()).isEqualTo(504);
        assertThat(error.getHttpStatus()).isEqualTo(504);
        assertThat(error.getHttpResponseStatus()).isEqualTo("Gateway Timeout");
    }

    // ---- CallfireTransportException ----------------------------------------------------------------------------------

    /* guards: the message says how far the request got, which decides whether resending is safe */
    @Test
    void aTransportFailureNamesTheStageTheRequestReached() {
        IOException cause = new ConnectException("Connection refused");

        assertThat(new CallfireTransportException("getText", "/texts/1", cause,
                CallfireTransportException.Stage.NOT_SENT)).hasMessage(
                "CallFire getText (/texts/1) failed before the request was sent: Connection refused").hasCause(cause)
                .extracting(CallfireTransportException::getStage).isEqualTo(CallfireTransportException.Stage.NOT_SENT);
        assertThat(new CallfireTransportException("sendTexts", "/texts", cause,
                CallfireTransportException.Stage.OUTCOME_UNKNOWN)).hasMessage(
                "CallFire sendTexts (/texts) failed after the request was sent, without an answer: Connection refused");
        assertThat(new CallfireTransportException("sendTexts", "/texts", cause,
                CallfireTransportException.Stage.ANSWER_UNREADABLE)).hasMessage(
                "CallFire sendTexts (/texts) failed reading a successful answer: Connection refused");
        assertThat(new CallfireTransportException("sendTexts", "/texts", cause,
                CallfireTransportException.Stage.ANSWER_UNREADABLE))
                .extracting(CallfireTransportException::getOperationId, CallfireTransportException::getRequestPath)
                .containsExactly("sendTexts", "/texts");
    }

    // ---- no secret in printed values ---------------------------------------------------------------------------------

    /* guards: HttpSettings.toString, which appears in logs: the proxy without its password, the options with units */
    @Test
    void settingsPrintTheProxyButNotItsPassword() {
        RetryPolicy retry = new RetryPolicy(3, 500, 30_000, 120_000);

        String withProxy = new HttpSettings(10_000, 60_000, 5_000, 20, "proxy.example", 3128, "scott", "tiger-secret",
                null, retry, 5, false).toString();
        String withoutProxy = new HttpSettings(10_000, 60_000, 5_000, 20, null, null, null, null, null, retry, 0, true)
                .toString();

        assertThat(withProxy).isEqualTo("HttpSettings[connectTimeout=10000ms, responseTimeout=60000ms, "
                + "connectionRequestTimeout=5000ms, maxConnections=20, proxy=proxy.example:3128, " + retry
                + ", rateLimit=5.0, trustAllCertificates=false]").doesNotContain("tiger");
        assertThat(withoutProxy).contains("proxy=none", "rateLimit=0.0", "trustAllCertificates=true");
    }

    /* guards: the Authorization header prints no credential, yet sends it, and is marked sensitive */
    @Test
    void theAuthorizationHeaderSendsTheCredentialsButPrintsNone() {
        RedactedAuthorization header = new RedactedAuthorization("Basic dXNlcjpzZWNyZXQ=");

        assertThat(header.getName()).isEqualTo("Authorization");
        assertThat(header.getValue()).isEqualTo("Basic dXNlcjpzZWNyZXQ=");
        assertThat(header.isSensitive()).isTrue();
        assertThat(header).hasToString("Authorization: Basic ***");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
