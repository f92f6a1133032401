package io.github.camelcallfire;

import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.http.CallfireTransportException;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ErrorMappingTest extends CallfireTestSupport {

    @Test
    void unknownIdBecomesNotFoundApiException() {
        CallfireApiException error = apiError("callfire:texts/get?id=987654321", null);

        assertThat(error.getHttpStatus()).isEqualTo(404);
        assertThat(error.getHttpResponseCode()).isEqualTo(404);
        assertThat(error.getOperationId()).isEqualTo("getText");
        assertThat(error.getRequestPath()).isEqualTo("/texts/987654321");
        assertThat(error.getApiMessage()).isNotBlank();
        assertThat(error.getMessage()).contains("getText", "/texts/987654321", "404");
    }

    @Test
    void invalidNumberWithStrictValidationBecomesBadRequest() {
        CallfireApiException error = apiError("callfire:texts/send?strictValidation=true&toNumber=121355511009", "hi");

        assertThat(error.getHttpStatus()).isEqualTo(400);
        assertThat(error.getOperationId()).isEqualTo("sendTexts");
        assertThat(error.getRequestPath()).isEqualTo("/texts?fields=items%28id%29&strictValidation=true");
        assertThat(error.getInternalCode()).isNotNull();
    }

    @Test
    void wrongPasswordBecomesUnauthorizedWithoutLeakingCredentials() throws Exception {
        CamelContext camel = new DefaultCamelContext();
        CallfireComponent component = component(sandbox());
        component.getConfiguration().setPassword("not-the-password");
        camel.addComponent("callfire", component);
        camel.start();
        try {
            CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class,
                    () -> camel.createProducerTemplate().requestBody("callfire:account/get", (Object) null));
            CallfireApiException error = (CallfireApiException) failure.getCause();

            assertThat(error.getHttpStatus()).isEqualTo(401);
            assertThat(error.getOperationId()).isEqualTo("getAccount");
            assertThat(error.getMessage()).doesNotContain("not-the-password").doesNotContain(sandbox().username());
        } finally {
            camel.stop();
        }
    }

    @Test
    void unreachableServerBecomesTransportExceptionNamingTheOperation() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBody("callfire:texts/find?limit=5&baseUrl=http://127.0.0.1:" + closedPort + "/v2",
                        (Object) null));

        assertThat(failure.getCause()).isInstanceOf(CallfireTransportException.class)
                .hasMessageContaining("findTexts")
                .hasMessageContaining("/texts?limit=5")
                .hasCauseInstanceOf(IOException.class);
    }

    private CallfireApiException apiError(String uri, Object body) {
        CamelExecutionException failure = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBody(uri, body));
        assertThat(failure.getCause()).isInstanceOf(CallfireApiException.class);
        return (CallfireApiException) failure.getCause();
    }
}
