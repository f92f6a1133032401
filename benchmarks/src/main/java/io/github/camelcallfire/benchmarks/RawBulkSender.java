package io.github.camelcallfire.benchmarks;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * P2's raw bulk client, the limit for list bodies: a pooled Apache HttpClient 5 that POSTs the recipients in chunks
 * of 1,000 to the path and query {@code callfire:texts/send?defaultMessage=...} uses with its default
 * {@code sendResult=SUMMARY}, with the JSON built by hand, and reads each whole answer without parsing it. It checks
 * nothing and keeps no progress: the work a list body needs on the wire, and nothing else.
 */
final class RawBulkSender implements AutoCloseable {

    static final int CHUNK = 1000;

    private final CloseableHttpClient client;
    private final URI textsUri;
    private final String authorization;

    /** @param defaultMessage sent as the defaultMessage query parameter; benchmark messages are letters and spaces */
    RawBulkSender(String baseUrl, String username, String password, String defaultMessage) {
        this.client = RawClients.pooled(1);
        this.textsUri = URI.create(baseUrl + "/texts?defaultMessage=" + defaultMessage.replace(" ", "%20") + "&"
                + RawHttpSender.IDS_ONLY_QUERY);
        this.authorization = RawHttpSender.basicAuthorization(username, password);
    }

    /** Sends every number; answers how many requests it took. */
    int send(List<String> numbers) throws Exception {
        int requests = 0;
        StringBuilder json = new StringBuilder(CHUNK * 32);
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            json.setLength(0);
            json.append('[');
            for (int i = from; i < Math.min(from + CHUNK, numbers.size()); i++) {
                if (i > from) {
                    json.append(',');
                }
                json.append("{\"phoneNumber\":\"").append(numbers.get(i)).append("\"}");
            }
            json.append(']');
            HttpPost post = new HttpPost(textsUri);
            post.setHeader("Authorization", authorization);
            post.setHeader("Accept", "application/json");
            post.setEntity(new StringEntity(json.toString(), ContentType.APPLICATION_JSON));
            try (CloseableHttpResponse response = client.execute(post)) {
                byte[] answer = EntityUtils.toByteArray(response.getEntity());
                if (response.getCode() != 200) {
                    throw new IllegalStateException("POST /texts answered " + response.getCode() + ": "
                            + new String(answer, StandardCharsets.UTF_8));
                }
            }
            requests++;
        }
        return requests;
    }

    @Override
    public void close() throws Exception {
        client.close();
    }
}
