package io.github.camelcallfire.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.http.CallfireJson;
import io.github.camelcallfire.http.CallfireTransportException;
import io.github.camelcallfire.model.Account;
import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.sandbox.control.Recording;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.validation.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import static io.github.camelcallfire.operation.CallfireOperation.FIND_TEXTS;
import static io.github.camelcallfire.operation.CallfireOperation.GET_ACCOUNT;
import static io.github.camelcallfire.operation.CallfireOperation.GET_TEXT;
import static io.github.camelcallfire.operation.CallfireOperation.SEND_TEXTS;
import static io.github.camelcallfire.operation.SandboxEngine.arguments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the engine reads what CallFire answers: 2xx is a result, anything else (a 3xx too) a {@link CallfireApiException}
 * with CallFire's explanation, an unreadable answer or a lost connection a {@link CallfireTransportException} saying
 * whether the request can have arrived. Both ways in are covered: {@code execute} and the chunked sends' {@code sendJson}.
 */
class EngineAnswersTest {

    private static final ObjectMapper JSON = CallfireJson.newObjectMapper();

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private static final String ONE_TEXT = "[{\"phoneNumber\":\"12135550001\",\"message\":\"hello\"}]";

    private SandboxEngine engine;

    @BeforeEach
    void start() {
        engine = SandboxEngine.on(SANDBOX.sandbox());
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void aBaseUrlWithATrailingSlashReachesTheSameApi() {
        try (SandboxEngine slashed = SandboxEngine.on(SANDBOX.sandbox(), SANDBOX.sandbox().baseUrl() + "/")) {
            CallfireResult result = slashed.executor.execute(GET_ACCOUNT, arguments(GET_ACCOUNT), null);

            assertThat(result.status()).isEqualTo(200);
            assertThat(result.body()).isInstanceOf(Account.class);
        }
    }

    /* a login that starts with ':' would make the password start earlier just as well */
    @Test
    void aUsernameWithAColonAnywhereIsRefused() {
        for (String username : new String[] {":api", "api:login", "api:"}) {
            assertThatThrownBy(() -> new OperationExecutor(engine.http, SANDBOX.sandbox().baseUrl(), username, "p",
                    CallfireJson.newObjectMapper()))
                    .as(username).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The CallFire username must not contain ':'");
        }
    }

    @Test
    void anErrorAnswerCarriesCallfiresExplanation() {
        assertThatThrownBy(() -> engine.executor.execute(GET_TEXT, arguments(GET_TEXT, "id", 987654L), null))
                .isInstanceOfSatisfying(CallfireApiException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(404);
                    assertThat(e.getApiMessage()).isNotBlank().doesNotContain("HTTP 404");
                    assertThat(e.getOperationId()).isEqualTo("getText");
                    assertThat(e.getRequestPath()).isEqualTo("/texts/987654");
                });
    }

    /* guards `status < 300`: a 300 is no result, whether it answers a find or a chunk of a send */
    @Test
    void aThreeHundredAnswerIsAnErrorNotAResult() {
        SANDBOX.sandbox().addFault(fault("GET", "/v2/me/account", 300));
        SANDBOX.sandbox().addFault(fault("POST", "/v2/texts", 300));

        assertThatThrownBy(() -> engine.executor.execute(GET_ACCOUNT, arguments(GET_ACCOUNT), null))
                .isInstanceOfSatisfying(CallfireApiException.class, e -> assertThat(e.getHttpStatus()).isEqualTo(300));
        assertThatThrownBy(() -> engine.executor.sendJson(SEND_TEXTS, arguments(SEND_TEXTS),
                ONE_TEXT.getBytes(StandardCharsets.UTF_8), (bytes, length) -> JSON.readTree(bytes, 0, length)))
                .isInstanceOfSatisfying(CallfireApiException.class, e -> assertThat(e.getHttpStatus()).isEqualTo(300));
    }

    @Test
    void sendJsonHandsTheAnswerToTheReader() {
        JsonNode answer = engine.executor.sendJson(SEND_TEXTS, arguments(SEND_TEXTS),
                ONE_TEXT.getBytes(StandardCharsets.UTF_8), (bytes, length) -> JSON.readTree(bytes, 0, length));

        assertThat(answer.get("items")).hasSize(1);
        assertThat(answer.get("items").get(0).get("toNumber").asText()).isEqualTo("12135550001");
    }

    @Test
    void sendJsonSendsOnlyTheGivenLength() {
        Recording sends = SANDBOX.sandbox().record("POST", "/v2/texts");
        byte[] buffer = (ONE_TEXT + "GARBAGE").getBytes(StandardCharsets.UTF_8);

        JsonNode answer = engine.executor.sendJson(SEND_TEXTS, arguments(SEND_TEXTS), buffer,
                ONE_TEXT.length(), (bytes, length) -> JSON.readTree(bytes, 0, length));

        assertThat(answer.get("items")).hasSize(1);
        assertThat(sends.bodies()).hasSize(1);
        assertThat(sends.bodies().get(0).get(0).get("message").asText()).isEqualTo("hello");
    }

    /* guards the error body of sendJson: CallFire's message, not an empty one, reaches the caller */
    @Test
    void sendJsonErrorCarriesCallfiresExplanation() {
        byte[] notJson = "[{\"phoneNumber\":".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> engine.executor.sendJson(SEND_TEXTS, arguments(SEND_TEXTS), notJson,
                (bytes, length) -> JSON.readTree(bytes, 0, length)))
                .isInstanceOfSatisfying(CallfireApiException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(400);
                    assertThat(e.getApiMessage()).isNotBlank().doesNotContain("HTTP 400");
                    assertThat(e.getOperationId()).isEqualTo("sendTexts");
                });
    }

    @Test
    void anUnreadableAnswerIsATransportFailureAfterTheRequestArrived() {
        Fault malformed = new Fault();
        malformed.setPath("/v2/me/account");
        malformed.setMalformed(true);
        malformed.setCount(1);
        SANDBOX.sandbox().addFault(malformed);

        assertThatThrownBy(() -> engine.executor.execute(GET_ACCOUNT, arguments(GET_ACCOUNT), null))
                .isInstanceOfSatisfying(CallfireTransportException.class, e -> assertThat(e.getStage())
                        .isEqualTo(CallfireTransportException.Stage.ANSWER_UNREADABLE));
    }

    /* guards the stage of an I/O failure: NOT_SENT only when no connection was made */
    @Test
    void aRefusedConnectionIsNotSentAndALostAnswerIsUnknown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (SandboxEngine nowhere = SandboxEngine.on(SANDBOX.sandbox(), "http://127.0.0.1:" + closedPort + "/v2")) {
            assertThatThrownBy(() -> nowhere.executor.execute(GET_ACCOUNT, arguments(GET_ACCOUNT), null))
                    .isInstanceOfSatisfying(CallfireTransportException.class, e -> assertThat(e.getStage())
                            .isEqualTo(CallfireTransportException.Stage.NOT_SENT));
        }

        Fault drop = new Fault();
        drop.setPath("/v2/me/account");
        drop.setDrop(true);
        drop.setCount(1);
        SANDBOX.sandbox().addFault(drop);
        assertThatThrownBy(() -> engine.executor.execute(GET_ACCOUNT, arguments(GET_ACCOUNT), null))
                .isInstanceOfSatisfying(CallfireTransportException.class, e -> assertThat(e.getStage())
                        .isEqualTo(CallfireTransportException.Stage.OUTCOME_UNKNOWN));
    }

    private static Fault fault(String method, String path, int status) {
        Fault fault = new Fault();
        fault.setMethod(method);
        fault.setPath(path);
        fault.setStatus(status);
        fault.setCount(1);
        return fault;
    }

    /* the engine checks option values itself for callers without an endpoint (the endpoint checks them as it reads them) */
    @Test
    void aWrongOptionValueIsRefusedBeforeAnyRequest() {
        long before = SANDBOX.sandbox().requestCount();

        assertThatThrownBy(() -> engine.executor.execute(GET_TEXT, arguments(GET_TEXT, "id", "1,2"), null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> engine.executor.execute(FIND_TEXTS, arguments(FIND_TEXTS, "limit", "0"), null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("limit");

        assertThat(SANDBOX.sandbox().requestCount()).isEqualTo(before);
    }
}
