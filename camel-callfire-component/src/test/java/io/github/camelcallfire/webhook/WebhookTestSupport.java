package io.github.camelcallfire.webhook;

import io.github.camelcallfire.CallfireComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Camel context with platform-http on Vert.x on a free loopback port, and a client that posts notifications. */
abstract class WebhookTestSupport {

    /** A secret with the characters a URI would mangle without RAW(...). */
    static final String SECRET = "s3cr+t/&=%41 x";

    protected final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    protected final List<Exchange> received = new CopyOnWriteArrayList<>();
    protected CamelContext context;
    protected int port;

    /** Starts Camel with platform-http on {@link #port} (a free one unless set), the callfire component and routes. */
    protected void startCamel(CallfireComponent callfire, RoutesBuilder routes) throws Exception {
        if (port == 0) {
            port = freePort();
        }
        context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        context.addComponent("callfire", callfire);
        context.getRestConfiguration().setHost("localhost");
        context.getRestConfiguration().setPort(port);
        context.addRoutes(routes);
        context.start();
    }

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    static CallfireComponent callfire(String baseUrl) {
        CallfireComponent component = new CallfireComponent();
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setUsername("webhook-user");
        component.getConfiguration().setPassword("webhook-password");
        component.getConfiguration().setMaxRetries(0);
        return component;
    }

    /** Posts {@code body} as is to {@code path}, with the signature header unless it is null. */
    HttpResponse<String> post(String path, byte[] body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-CallFire-Signature", signature);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Base64(HmacSHA1(secret, body)), as CallFire signs a notification. */
    static String sign(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A notification of {@code resourceType} with the given events' JSON, laid out the way CallFire's is. */
    static String notification(long webhookId, String resourceType, String... events) {
        return "{\n  \"timestamp\": 1764480000000,\n  \"webhookId\": " + webhookId + ",\n  \"webhookName\": \"replies\","
                + "\n  \"resourceType\": \"" + resourceType + "\",\n  \"events\": [" + String.join(",", events)
                + "]\n}";
    }

    static String event(long webhookId, String resourceType, String eventType, long timestamp, String resource) {
        return "{ \"timestamp\": " + timestamp + ", \"webhookId\": " + webhookId + ", \"resourceType\": \""
                + resourceType + "\", \"eventType\": \"" + eventType + "\", \"resource\": " + resource + " }";
    }
}
