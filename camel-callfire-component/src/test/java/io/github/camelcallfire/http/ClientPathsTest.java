package io.github.camelcallfire.http;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.model.Page;
import io.github.camelcallfire.send.SendSummary;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What CallfireHttpClient promises about its two paths: API calls go through HttpClient's minimal client (no
 * compression asked for, the component's User-Agent), downloads through the full one (redirects followed), and a
 * pooled connection that the server closed while it sat idle is not used for the next request.
 */
class ClientPathsTest extends CallfireTestSupport {

    private IdleClosingRelay relay;
    private String viaRelay;

    /* a server that closes connections idle for a second; the other tests use one that never does */
    private void startRelay(long idleTimeoutMillis) throws Exception {
        relay = new IdleClosingRelay(sandbox().port(), idleTimeoutMillis);
        viaRelay = "baseUrl=" + relay.baseUrl() + "&maxRetries=0&maxConnections=1";
    }

    @AfterEach
    void stopRelay() throws Exception {
        relay.close();
    }

    @Test
    void aSendAfterTheServerClosedTheIdleConnectionGoesOutOnANewOneOnce() throws Exception {
        startRelay(1_000);
        String send = "callfire:texts/send?toNumber=12135551101&" + viaRelay;

        SendSummary first = template.requestBody(send, "first", SendSummary.class);
        // longer than the server's idle timeout, and than the 2 s after which HttpClient's pool checks an idle
        // connection before it uses it again (its default, which the minimal client keeps)
        Thread.sleep(2_500);
        SendSummary second = template.requestBody(send, "second", SendSummary.class);

        assertThat(first.getCreated()).isEqualTo(1);
        assertThat(second.getCreated()).isEqualTo(1);
        assertThat(relay.connections()).isEqualTo(2);
        Page<?> stored = template.requestBody("callfire:texts/find?inbound=false&limit=1", null, Page.class);
        assertThat(stored.getTotalCount()).isEqualTo(2);
    }

    @Test
    void apiCallsAskForNoCompressionAndNameTheComponent() throws Exception {
        startRelay(60_000);
        template.requestBody("callfire:texts/send?toNumber=12135551101&" + viaRelay, "hello", SendSummary.class);
        template.requestBody("callfire:account/get?" + viaRelay, (Object) null);

        assertThat(relay.headerOfEach("Accept-Encoding")).containsExactly(null, null);
        assertThat(relay.headerOfEach("User-Agent")).allSatisfy(agent -> assertThat(agent)
                .startsWith("camel-callfire/"));
    }

    @Test
    void aDownloadFollowsARedirectAndAcceptsCompression() throws Exception {
        startRelay(60_000);
        Exchange uploaded = template.request("callfire:media/upload?name=logo&fileName=logo.png",
                e -> e.getMessage().setBody(new byte[] { 1, 2, 3 }));
        long id = uploaded.getMessage().getHeader(CallfireConstants.CREATED_ID, Long.class);

        Exchange download = template.request("callfire:media/get-file?id=" + id + "&" + viaRelay, e -> { });

        assertThat(download.getException()).isNull();
        try (InputStream file = download.getMessage().getBody(InputStream.class)) {
            assertThat(file.readAllBytes()).containsExactly(1, 2, 3);
        }
        assertThat(relay.requestLines()).hasSize(2);
        assertThat(relay.requestLines().get(1)).contains("/file?redirected=true");
        assertThat(relay.headerOfEach("Accept-Encoding")).as("a download accepts compressed answers")
                .allSatisfy(encodings -> assertThat(encodings).contains("gzip"));
        assertThat(relay.headerOfEach("User-Agent")).allSatisfy(agent -> assertThat(agent)
                .startsWith("camel-callfire/"));
    }
}
