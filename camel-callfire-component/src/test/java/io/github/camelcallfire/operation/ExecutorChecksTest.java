package io.github.camelcallfire.operation;

import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.validation.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.camelcallfire.operation.CallfireOperation.FIND_TEXTS;
import static io.github.camelcallfire.operation.CallfireOperation.GET_TEXT;
import static io.github.camelcallfire.operation.SandboxEngine.arguments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine checks option values itself, for callers without an endpoint (the endpoint checks them as it reads
 * them): a wrong value is refused before any request.
 */
class ExecutorChecksTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

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
    void aWrongOptionValueIsRefusedBeforeAnyRequest() {
        long before = SANDBOX.sandbox().requestCount();

        assertThatThrownBy(() -> engine.executor.execute(GET_TEXT, arguments(GET_TEXT, "id", "1,2"), null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> engine.executor.execute(FIND_TEXTS, arguments(FIND_TEXTS, "limit", "0"), null))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("limit");

        assertThat(SANDBOX.sandbox().requestCount()).isEqualTo(before);
    }
}
