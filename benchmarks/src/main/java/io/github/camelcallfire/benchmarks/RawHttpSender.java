package io.github.camelcallfire.benchmarks;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * P1 (a), the limit: a pooled Apache HttpClient 5 sending what {@code callfire:texts/send} sends for one text with its
 * default {@code sendResult=SUMMARY} (the same path and query, {@code POST /v2/texts?fields=items(id)}, the same JSON
 * and the same Authorization, Accept and Content-Type headers), JSON built by hand, the whole answer read but not
 * parsed.
 */
final class RawHttpSender implements Sender {

    private final CloseableHttpClient client;
    /** What the component asks for with sendResult=SUMMARY: CallFire answers the ids of the texts only. */
    static final String IDS_ONLY_QUERY = "fields=items%28id%29";

    private final URI textsUri;
    private final HttpHost target;
    private final String authorization;
    private final boolean minimal;

    RawHttpSender(String baseUrl, String username, String password, int connections) {
        this(baseUrl, username, password, connections, false);
    }

    private RawHttpSender(String baseUrl, String username, String password, int connections, boolean minimal) {
        this.client = minimal ? RawClients.minimal(connections) : RawClients.pooled(connections);
        this.textsUri = URI.create(baseUrl + "/texts?" + IDS_ONLY_QUERY);
        this.target = HttpHost.create(textsUri);
        this.authorization = basicAuthorization(username, password);
        this.minimal = minimal;
    }

    /**
     * P1 (e): the same call through HttpClient's minimal client, which the component uses for API calls; what raw
     * HttpClient 5 costs without the full client's redirect, authentication and decompression handling.
     */
    static RawHttpSender minimal(String baseUrl, String username, String password, int connections) {
        return new RawHttpSender(baseUrl, username, password, connections, true);
    }

    static String basicAuthorization(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON array of one TextRecipient; benchmark messages need no escaping. */
    static String oneRecipient(String toNumber, String message) {
        return "[{\"phoneNumber\":\"" + toNumber + "\",\"message\":\"" + message + "\"}]";
    }

    @Override
    public void send(String toNumber, String message) throws Exception {
        HttpPost post = new HttpPost(textsUri);
        post.setHeader("Authorization", authorization);
        post.setHeader("Accept", "application/json");
        post.setEntity(new StringEntity(oneRecipient(toNumber, message), ContentType.APPLICATION_JSON));
        try (ClassicHttpResponse response = minimal ? client.executeOpen(target, post, timeouts())
                : client.execute(post)) {
            byte[] answer = EntityUtils.toByteArray(response.getEntity());
            if (response.getCode() != 200) {
                throw new IllegalStateException("POST /texts answered " + response.getCode() + ": "
                        + new String(answer, StandardCharsets.UTF_8));
            }
        }
    }

    private static HttpClientContext timeouts() {
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RawClients.TIMEOUTS);
        return context;
    }

    @Override
    public void close() throws Exception {
        client.close();
    }
}
