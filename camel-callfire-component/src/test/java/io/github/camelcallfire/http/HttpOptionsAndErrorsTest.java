package io.github.camelcallfire.http;

import io.github.camelcallfire.CallfireTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Connection options that would make a request wait forever or back off by a negative time are refused when the
 * route starts, each naming its option; an error answer of CallFire arrives with every field it carried. Found by
 * mutation testing (docs/testing.md).
 */
class HttpOptionsAndErrorsTest extends CallfireTestSupport {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "connectTimeout, 0, must be positive",
            "connectionRequestTimeout, 0, must be positive",
            "maxConnections, 0, must be positive",
            "retryInitialDelay, -1, must not be negative",
            "retryMaxDelay, -1, must not be negative",
            "maxRetryAfter, -1, must not be negative"})
    void refusesAConnectionOptionThatCannotWork(String option, String value, String problem) {
        Throwable failure = catchThrowable(() -> {
            Exchange exchange = template.request("callfire:account/get?" + option + "=" + value, e -> { });
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
        });

        assertThat(failure).isNotNull();
        assertThat(messages(failure)).contains(option).contains(problem);
        assertThat(failure).satisfiesAnyOf(f -> assertThat(f).isInstanceOf(ResolveEndpointFailedException.class),
                f -> assertThat(messages(f)).contains("IllegalArgumentException"));
    }

    @Test
    void anErrorAnswerKeepsEveryFieldCallfireSent() {
        Exchange exchange = template.request("callfire:texts/get?id=987654321", e -> { });

        assertThat(exchange.getException()).isInstanceOf(CallfireApiException.class);
        CallfireApiException error = (CallfireApiException) exchange.getException();
        assertThat(error.getHttpStatus()).isEqualTo(404);
        assertThat(error.getHttpResponseCode()).isEqualTo(404);
        assertThat(error.getInternalCode()).as("the sandbox sends internalCode 0").isNotNull();
        assertThat(error.getHelpLink()).startsWith("https://");
        assertThat(error.getApiMessage()).isNotBlank();
        assertThat(error.getDeveloperMessage()).isNotBlank();
        assertThat(error.getHttpResponseStatus()).isEqualTo(error.getApiMessage());
        assertThat(error.getOperationId()).isEqualTo("getText");
        assertThat(error.getRequestPath()).contains("/texts/987654321");
        assertThat(error.getMessage()).contains("getText", "HTTP 404", "internalCode " + error.getInternalCode(),
                ": " + error.getApiMessage());
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
