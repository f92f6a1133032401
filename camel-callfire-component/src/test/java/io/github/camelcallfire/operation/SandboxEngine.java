package io.github.camelcallfire.operation;

import io.github.camelcallfire.http.CallfireHttpClient;
import io.github.camelcallfire.http.CallfireJson;
import io.github.camelcallfire.http.HttpSettings;
import io.github.camelcallfire.http.RetryPolicy;
import io.github.camelcallfire.sandbox.CallfireSandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The operation engine as the endpoint builds it (a pooled {@link CallfireHttpClient}, the component's JSON mapper),
 * talking to a sandbox; without Camel around it, so that a test sees exactly which requests the engine sends.
 */
final class SandboxEngine implements AutoCloseable {

    final CallfireHttpClient http;
    final OperationExecutor executor;

    private SandboxEngine(CallfireSandbox sandbox, String baseUrl, int maxConnections, long leaseTimeoutMillis,
                          Integer proxyPort) {
        http = new CallfireHttpClient(new HttpSettings(5_000, 10_000, leaseTimeoutMillis, maxConnections,
                proxyPort == null ? null : "127.0.0.1", proxyPort, null, null, null, new RetryPolicy(0, 0, 0, 0), 0,
                false), "camel-callfire-test", null);
        executor = new OperationExecutor(http, baseUrl, sandbox.username(), sandbox.password(),
                CallfireJson.newObjectMapper());
    }

    static SandboxEngine on(CallfireSandbox sandbox) {
        return new SandboxEngine(sandbox, sandbox.baseUrl(), 4, 5_000, null);
    }

    static SandboxEngine on(CallfireSandbox sandbox, String baseUrl) {
        return new SandboxEngine(sandbox, baseUrl, 4, 5_000, null);
    }

    /** A pool of one connection: a response the engine leaves open makes the next request wait for the lease. */
    static SandboxEngine withOneConnection(CallfireSandbox sandbox, long leaseTimeoutMillis) {
        return new SandboxEngine(sandbox, sandbox.baseUrl(), 1, leaseTimeoutMillis, null);
    }

    /** Sends every request through the HTTP proxy on {@code proxyPort} of the loopback interface. */
    static SandboxEngine throughProxy(CallfireSandbox sandbox, int proxyPort) {
        return new SandboxEngine(sandbox, sandbox.baseUrl(), 4, 5_000, proxyPort);
    }

    /** Arguments of {@code operation} from name/value pairs, indexed like its params; the others unset. */
    static Object[] arguments(CallfireOperation operation, Object... namesAndValues) {
        Object[] arguments = new Object[operation.params().size()];
        for (int i = 0; i < namesAndValues.length; i += 2) {
            int index = operation.indexOf((String) namesAndValues[i]);
            if (index < 0) {
                throw new IllegalArgumentException(operation + " has no parameter " + namesAndValues[i]);
            }
            arguments[index] = namesAndValues[i + 1];
        }
        return arguments;
    }

    /** Sends one text to each of {@code count} numbers (12135550000 upwards) in one request. */
    List<String> sendTexts(int count) {
        List<String> numbers = new ArrayList<>();
        StringJoiner json = new StringJoiner(",", "[", "]");
        for (int i = 0; i < count; i++) {
            String number = String.valueOf(12135550000L + i);
            numbers.add(number);
            json.add("{\"phoneNumber\":\"" + number + "\",\"message\":\"text " + i + "\"}");
        }
        executor.execute(CallfireOperation.SEND_TEXTS, arguments(CallfireOperation.SEND_TEXTS), json.toString());
        return numbers;
    }

    @Override
    public void close() {
        http.close();
    }
}
