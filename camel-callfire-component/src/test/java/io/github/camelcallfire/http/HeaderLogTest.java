package io.github.camelcallfire.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.model.Account;
import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.testing.Faults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header log ({@code org.apache.hc.client5.http.headers} at DEBUG) is how a user sees CallFire traffic once the wire
 * log is closed to it (CredentialSafeConnectionFactory says so when the wire log is on): request and status lines and
 * every header with its value, only the credentials as {@code ***}. The log is the feature here, so its lines are
 * checked. Found by mutation testing (docs/testing.md): SecretsTest proves that no credential is logged, which a log
 * that masked every header, or logged no response headers, also passes.
 */
class HeaderLogTest extends CallfireTestSupport {

    private final Logger headerLog = (Logger) LoggerFactory.getLogger("org.apache.hc.client5.http.headers");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void captureHeaderLog() {
        previousLevel = headerLog.getLevel();
        headerLog.setLevel(Level.DEBUG);
        lines.start();
        headerLog.addAppender(lines);
    }

    @AfterEach
    void restoreHeaderLog() {
        headerLog.detachAppender(lines);
        lines.stop();
        headerLog.setLevel(previousLevel);
    }

    /* guards: CredentialSafeConnection.isCredential masks credentials only, and the answer's headers are logged */
    @Test
    void theHeaderLogShowsEveryHeaderButTheCredentials() {
        Account account = template.requestBody("callfire:account/get", null, Account.class);

        assertThat(account).isNotNull();
        List<String> logged = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(logged).anySatisfy(line -> assertThat(line).matches("callfire-\\d+ >> GET \\S*/v2/me/account HTTP/1.1"))
                .anySatisfy(line -> assertThat(line).matches("callfire-\\d+ >> Accept: application/json"))
                .anySatisfy(line -> assertThat(line).matches("callfire-\\d+ >> Authorization: \\*\\*\\*"))
                .anySatisfy(line -> assertThat(line).matches("callfire-\\d+ << HTTP/1.1 200 .*"))
                .anySatisfy(line -> assertThat(line).matches("(?i)callfire-\\d+ << Content-Type: application/json.*"))
                .noneSatisfy(line -> assertThat(line).contains("Basic"));
    }

    /*
     * guards: RetryingExecution.discard gives the refused answer's connection back to the pool, so the retry goes out
     * on the same connection instead of a new one (a new TCP and TLS handshake to CallFire per retry); the
     * connection's name in the header log tells which connection a request went out on. (Dropping only its
     * EntityUtils.consume does not fail this: closing the response reads the rest of a body of known length anyway.)
     */
    @Test
    void aRetryGoesOutOnTheConnectionOfTheRefusedAnswer() {
        Fault unavailable = sandbox().addFault(Faults.status("GET", "/v2/me/account", 503, 2));

        Account account = template.requestBody("callfire:account/get?maxRetries=2&retryInitialDelay=0&retryMaxDelay=0",
                null, Account.class);

        assertThat(account).isNotNull();
        assertThat(unavailable.getRemaining()).isZero();
        List<String> connections = lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains(" >> GET ")).map(line -> line.substring(0, line.indexOf(' '))).toList();
        assertThat(connections).hasSize(3).containsOnly(connections.get(0));
    }
}
