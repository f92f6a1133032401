package io.github.camelcallfire.reliability;

import com.sun.net.httpserver.HttpServer;
import io.github.camelcallfire.CallfireComponent;
import io.github.camelcallfire.http.CallfireApiException;
import io.github.camelcallfire.http.CallfireTransportException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a server answers (random bytes, truncated or wrongly typed JSON, any status), the component's reading
 * path ends in a result, a CallfireApiException or a CallfireTransportException: never another exception, never a
 * hang.
 */
class ResponseParsingFuzzTest {

    private static final String[] OPERATIONS = { "callfire:account/get", "callfire:texts/find",
            "callfire:texts/get?id=1", "callfire:contact-lists/find", "callfire:numbers/find-local" };

    private static final AtomicReference<Answer> NEXT = new AtomicReference<>();
    private static HttpServer server;
    private static CamelContext context;
    private static ProducerTemplate template;

    record Answer(int status, byte[] body) {
    }

    @BeforeContainer
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            Answer answer = NEXT.get();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
            exchange.close();
        });
        server.start();
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setBaseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v2");
        component.getConfiguration().setUsername("fuzz");
        component.getConfiguration().setPassword("fuzz-password");
        component.getConfiguration().setMaxRetries(0);
        component.getConfiguration().setResponseTimeout(2_000);
        context = new DefaultCamelContext();
        context.addComponent("callfire", component);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterContainer
    static void stop() {
        context.stop();
        server.stop(0);
    }

    @Property(tries = 300)
    void anyAnswerEndsInAResultOrACallfireException(@ForAll("answers") Answer answer,
                                                    @ForAll("operations") String operation) {
        NEXT.set(answer);

        Exchange exchange = template.request(operation, e -> e.getMessage().setBody(null));

        Exception failure = exchange.getException();
        if (failure != null) {
            assertThat(failure).isInstanceOfAny(CallfireApiException.class, CallfireTransportException.class);
            assertThat(failure.getMessage()).isNotBlank().doesNotContain("fuzz-password");
        } else {
            assertThat(answer.status()).isBetween(200, 299);
        }
    }

    @Provide
    Arbitrary<String> operations() {
        return Arbitraries.of(OPERATIONS);
    }

    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<Integer> status = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(200, 201, 204)),
                Tuple.of(3, Arbitraries.of(400, 401, 404, 409, 429, 500, 502, 503)),
                Tuple.of(1, Arbitraries.integers().between(200, 599)));
        Arbitrary<byte[]> body = Arbitraries.oneOf(randomBytes(), truncatedJson(), wronglyTypedJson(),
                Arbitraries.just(new byte[0]));
        return Combinators.combine(status, body).as(Answer::new);
    }

    private static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    private static Arbitrary<byte[]> truncatedJson() {
        String json = "{\"items\":[{\"id\":12,\"state\":\"FINISHED\",\"toNumber\":\"12135551100\",\"created\":1700000000000,"
                + "\"message\":\"hi\"}],\"limit\":100,\"offset\":0,\"totalCount\":1,\"id\":5,\"name\":\"x\"}";
        return Arbitraries.integers().between(0, json.length()).map(cut -> json.substring(0, cut)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Arbitrary<byte[]> wronglyTypedJson() {
        return Arbitraries.of("[]", "[1,2,3]", "\"text\"", "42", "true", "null", "{\"items\":{}}",
                "{\"items\":[1,\"a\",null]}", "{\"totalCount\":\"many\"}", "{\"id\":\"abc\"}", "{\"created\":[]}",
                "{\"items\":[{\"state\":\"NEW_STATE\",\"id\":1e400}]}", "{\"id\":99999999999999999999999}",
                "{\"message\":\"\\ud800\"}", "{\"a\":" + "[".repeat(2000) + "}")
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
    }
}
