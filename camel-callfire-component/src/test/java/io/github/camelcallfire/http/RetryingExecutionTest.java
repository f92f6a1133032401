package io.github.camelcallfire.http;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.testing.Faults;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link RetryingExecution} on its own, sending through a plain HttpClient (its own retries off) to the sandbox, so a
 * test can interrupt the thread between an attempt and the wait that follows it: a wait that really happens then ends
 * in an {@link InterruptedIOException} before the next request, and a wait that does not happen sends it. That tells
 * a real back-off from none without measuring time. Found by mutation testing (docs/testing.md): removing the
 * {@code Thread.sleep} of a retry, or computing a wait of 0, passed every test through Camel.
 */
class RetryingExecutionTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private static final String ACCOUNT = "/v2/me/account";
    private static final String LIST = "/v2/contacts/lists/\\d+";

    private CloseableHttpClient http;

    @BeforeEach
    void openClient() {
        http = HttpClients.custom().disableAutomaticRetries().build();
    }

    @AfterEach
    void closeClient() throws IOException {
        Thread.interrupted();
        http.close();
    }

    /* guards: the Thread.sleep of the back-off, and the interrupt flag kept for the caller */
    @Test
    void anInterruptStopsTheBackoffBeforeTheRetryIsSent() {
        Fault unavailable = sandbox().addFault(Faults.status("GET", ACCOUNT, 503, 1));
        RetryingExecution execution = execution(new RetryPolicy(3, 60_000, 60_000, 60_000));
        long before = sandbox().requestCount();

        assertThatThrownBy(() -> execution.execute(get(ACCOUNT), interruptedAfterEachAnswer(), false))
                .isInstanceOf(InterruptedIOException.class)
                .hasMessage("Interrupted while waiting to retry GET " + ACCOUNT);

        assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
        assertThat(unavailable.getRemaining()).isZero();
        assertThat(sandbox().requestCount() - before).as("no retry was sent").isEqualTo(1);
    }

    /* guards: the wait asked for by Retry-After is used (not 0), even when the policy's own back-off is 0 */
    @Test
    void anInterruptStopsTheWaitThatRetryAfterAskedFor() {
        Fault tooMany = Faults.status("GET", ACCOUNT, 429, 1);
        tooMany.setRetryAfterSeconds(30);
        sandbox().addFault(tooMany);
        RetryingExecution execution = execution(new RetryPolicy(3, 0, 0, 60_000));
        long before = sandbox().requestCount();

        assertThatThrownBy(() -> execution.execute(get(ACCOUNT), interruptedAfterEachAnswer(), false))
                .isInstanceOf(InterruptedIOException.class);

        assertThat(sandbox().requestCount() - before).as("no retry was sent").isEqualTo(1);
    }

    /* guards: the back-off after a failed connection (a dropped GET) is waited too */
    @Test
    void anInterruptStopsTheBackoffAfterABrokenConnection() {
        Fault dropped = sandbox().addFault(Faults.drop("GET", ACCOUNT, 1));
        RetryingExecution execution = execution(new RetryPolicy(3, 60_000, 60_000, 60_000));
        RetryingExecution.Attempt interruptedOnFailure = request -> {
            try {
                return http.executeOpen(null, request, null);
            } catch (IOException failure) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        };

        assertThatThrownBy(() -> execution.execute(get(ACCOUNT), interruptedOnFailure, false))
                .isInstanceOf(InterruptedIOException.class)
                .hasMessageStartingWith("Interrupted while waiting to retry");
        assertThat(dropped.getRemaining()).isZero();
    }

    /* guards: "retry <= maxRetries": exactly maxRetries further attempts, the last answer final */
    @Test
    void retriesExactlyMaxRetriesTimesThenReturnsTheLastAnswer() throws Exception {
        Fault unavailable = sandbox().addFault(Faults.status("GET", ACCOUNT, 503, 5));
        RetryingExecution execution = execution(new RetryPolicy(2, 0, 0, 0));

        try (ClassicHttpResponse response = execution.execute(get(ACCOUNT), this::send, false)) {
            assertThat(response.getCode()).isEqualTo(503);
        }
        assertThat(unavailable.getRemaining()).as("1 attempt + 2 retries").isEqualTo(2);
    }

    /* guards: "retry <= maxRetries" from the other side: the last allowed retry is sent */
    @Test
    void theLastAllowedRetryCanSucceed() throws Exception {
        Fault unavailable = sandbox().addFault(Faults.status("GET", ACCOUNT, 503, 2));
        RetryingExecution execution = execution(new RetryPolicy(2, 0, 0, 0));

        try (ClassicHttpResponse response = execution.execute(get(ACCOUNT), this::send, false)) {
            assertThat(response.getCode()).isEqualTo(200);
        }
        assertThat(unavailable.getRemaining()).isZero();
    }

    /* guards: "!retriesLeft" on the I/O failure path: the last failure is thrown after maxRetries retries */
    @Test
    void aConnectionDroppedMoreOftenThanMaxRetriesEndsInItsFailure() {
        Fault dropped = sandbox().addFault(Faults.drop("GET", ACCOUNT, 5));
        RetryingExecution execution = execution(new RetryPolicy(2, 0, 0, 0));

        assertThatThrownBy(() -> execution.execute(get(ACCOUNT), this::send, false)).isInstanceOf(IOException.class)
                .isNotInstanceOf(InterruptedIOException.class);
        assertThat(dropped.getRemaining()).as("1 attempt + 2 retries").isEqualTo(2);
    }

    /* guards: "wait < 0": a Retry-After of exactly maxRetryAfter is waited for, and a wait of 0 is a retry too */
    @Test
    void aRetryAfterAtTheCeilingIsHonoured() throws Exception {
        Fault tooMany = Faults.status("GET", ACCOUNT, 429, 1);
        tooMany.setRetryAfterSeconds(0);
        sandbox().addFault(tooMany);
        RetryingExecution execution = execution(new RetryPolicy(1, 0, 0, 0));

        try (ClassicHttpResponse response = execution.execute(get(ACCOUNT), this::send, false)) {
            assertThat(response.getCode()).isEqualTo(200);
        }
        assertThat(tooMany.getRemaining()).isZero();
    }

    /* guards: a PUT whose body is a stream is not repeated: the stream is used up by the first attempt */
    @Test
    void aPutWithAStreamedBodyIsNotRetried() throws Exception {
        Fault unavailable = sandbox().addFault(Faults.status("PUT", LIST, 503, 2));
        RetryingExecution execution = execution(new RetryPolicy(3, 0, 0, 0));
        HttpPut put = authorized(new HttpPut(SANDBOX.sandbox().rootUrl() + "/v2/contacts/lists/1"));
        put.setEntity(new InputStreamEntity(new ByteArrayInputStream("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                ContentType.APPLICATION_JSON));

        try (ClassicHttpResponse response = execution.execute(put, this::send, true)) {
            assertThat(response.getCode()).isEqualTo(503);
        }
        assertThat(unavailable.getRemaining()).as("one attempt").isEqualTo(1);
    }

    /* guards: a dropped PUT with a streamed body is not repeated either (its failure is thrown) */
    @Test
    void aDroppedPutWithAStreamedBodyIsNotRetried() {
        Fault dropped = sandbox().addFault(Faults.drop("PUT", LIST, 2));
        RetryingExecution execution = execution(new RetryPolicy(3, 0, 0, 0));
        HttpPut put = authorized(new HttpPut(SANDBOX.sandbox().rootUrl() + "/v2/contacts/lists/1"));
        put.setEntity(new InputStreamEntity(new ByteArrayInputStream("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                ContentType.APPLICATION_JSON));

        assertThatThrownBy(() -> execution.execute(put, this::send, false)).isInstanceOf(IOException.class);
        assertThat(dropped.getRemaining()).as("one attempt").isEqualTo(1);
    }

    /* guards: a refused POST is repeated only when its body can be sent again */
    @Test
    void aRefusedPostWithAStreamedBodyIsNotRetried() throws Exception {
        Fault unavailable = sandbox().addFault(Faults.status("POST", "/v2/texts", 503, 2));
        RetryingExecution execution = execution(new RetryPolicy(3, 0, 0, 0));
        HttpPost post = authorized(new HttpPost(SANDBOX.sandbox().rootUrl() + "/v2/texts"));
        post.setEntity(new InputStreamEntity(new ByteArrayInputStream(
                "[{\"phoneNumber\":\"12135551100\",\"message\":\"hi\"}]".getBytes(StandardCharsets.UTF_8)),
                ContentType.APPLICATION_JSON));

        try (ClassicHttpResponse response = execution.execute(post, this::send, true)) {
            assertThat(response.getCode()).isEqualTo(503);
        }
        assertThat(unavailable.getRemaining()).as("one attempt").isEqualTo(1);
    }

    /* the counterpart: the same refused POST with a body that can be sent again is repeated */
    @Test
    void aRefusedPostWithARepeatableBodyIsRetried() throws Exception {
        Fault unavailable = sandbox().addFault(Faults.status("POST", "/v2/texts", 503, 2));
        RetryingExecution execution = execution(new RetryPolicy(3, 0, 0, 0));
        HttpPost post = authorized(new HttpPost(SANDBOX.sandbox().rootUrl() + "/v2/texts"));
        post.setEntity(new StringEntity("[{\"phoneNumber\":\"12135551100\",\"message\":\"hi\"}]",
                ContentType.APPLICATION_JSON));

        try (ClassicHttpResponse response = execution.execute(post, this::send, true)) {
            assertThat(response.getCode()).isEqualTo(200);
        }
        assertThat(unavailable.getRemaining()).isZero();
    }

    /* guards: CallfireHttpClient.open sends under the component's retry policy and returns the answer */
    @Test
    void theClientOpensARequestUnderItsRetryPolicy() throws Exception {
        Fault unavailable = sandbox().addFault(Faults.status("GET", ACCOUNT, 503, 1));
        HttpSettings settings = new HttpSettings(5_000, 5_000, 5_000, 2, null, null, null, null, null,
                new RetryPolicy(1, 0, 0, 0), 0, false);

        try (CallfireHttpClient client = new CallfireHttpClient(settings, "test", null);
             ClassicHttpResponse response = client.open(HttpHost.create(URI.create(sandbox().baseUrl())), get(ACCOUNT),
                     false)) {
            assertThat(response.getCode()).isEqualTo(200);
            assertThat(EntityUtils.toString(response.getEntity())).contains("\"email\"");
        }
        assertThat(unavailable.getRemaining()).isZero();
    }

    private RetryingExecution execution(RetryPolicy policy) {
        return new RetryingExecution(policy, null, 1_000, Clock.systemUTC());
    }

    private ClassicHttpResponse send(ClassicHttpRequest request) throws IOException {
        return http.executeOpen(null, request, null);
    }

    /* an interrupt that arrives while an attempt is on the wire: classic socket I/O does not notice it */
    private RetryingExecution.Attempt interruptedAfterEachAnswer() {
        return request -> {
            ClassicHttpResponse response = http.executeOpen(null, request, null);
            EntityUtils.consume(response.getEntity());
            Thread.currentThread().interrupt();
            return response;
        };
    }

    private static HttpGet get(String path) {
        return authorized(new HttpGet(SANDBOX.sandbox().rootUrl() + path));
    }

    private static <T extends ClassicHttpRequest> T authorized(T request) {
        CallfireSandbox sandbox = SANDBOX.sandbox();
        request.setHeader(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                (sandbox.username() + ":" + sandbox.password()).getBytes(StandardCharsets.UTF_8)));
        return request;
    }

    private static CallfireSandbox sandbox() {
        return SANDBOX.sandbox();
    }
}
