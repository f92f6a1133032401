package io.github.camelcallfire.operation;

import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.http.CallfireTransportException;
import io.github.camelcallfire.model.Account;
import io.github.camelcallfire.sandbox.control.Fault;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelcallfire.operation.CallfireOperation.GET_ACCOUNT;
import static io.github.camelcallfire.operation.CallfireOperation.GET_TEXT;
import static io.github.camelcallfire.operation.SandboxEngine.arguments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way an answer is read hands its connection back to the pool: with a pool of one connection, a response left
 * open would make the next request fail waiting for a lease (guards the {@code response.close()} calls of the engine).
 */
class ConnectionReleaseTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxEngine engine;

    @BeforeEach
    void start() {
        engine = SandboxEngine.withOneConnection(SANDBOX.sandbox(), 3_000);
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void aResultHandsTheConnectionBack() {
        for (int i = 0; i < 3; i++) {
            assertThat(account()).isNotNull();
        }
    }

    @Test
    void anErrorAnswerHandsTheConnectionBack() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> engine.executor.execute(GET_TEXT, arguments(GET_TEXT, "id", 987654L), null))
                    .isInstanceOf(CallfireApiException.class);
        }
        assertThat(account()).isNotNull();
    }

    @Test
    void anUnreadableAnswerHandsTheConnectionBack() {
        Fault malformed = new Fault();
        malformed.setPath("/v2/me/account");
        malformed.setMalformed(true);
        malformed.setCount(3);
        SANDBOX.sandbox().addFault(malformed);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(this::account).isInstanceOfSatisfying(CallfireTransportException.class,
                    e -> assertThat(e.getStage()).isEqualTo(CallfireTransportException.Stage.ANSWER_UNREADABLE));
        }
        assertThat(account()).isNotNull();
    }

    @Test
    void anEmptyAnswerHandsTheConnectionBack() {
        CallfireOperation add = CallfireOperation.ADD_DO_NOT_CONTACTS;
        CallfireOperation delete = CallfireOperation.DELETE_DO_NOT_CONTACT;
        assertThat(engine.executor.execute(add, arguments(add),
                "{\"numbers\":[\"12135550000\",\"12135550001\"]}").body()).isNull();
        for (int i = 0; i < 2; i++) {
            CallfireResult result = engine.executor.execute(delete, arguments(delete, "number", "1213555000" + i), null);
            assertThat(result.body()).isNull();
        }
        assertThat(account()).isNotNull();
    }

    private Account account() {
        return (Account) engine.executor.execute(GET_ACCOUNT, arguments(GET_ACCOUNT), null).body();
    }
}
