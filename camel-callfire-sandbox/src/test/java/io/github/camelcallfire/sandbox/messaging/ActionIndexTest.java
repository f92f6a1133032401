package io.github.camelcallfire.sandbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.sandbox.store.ActionStore;

class ActionIndexTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private ActionStore actions() {
        return SANDBOX.sandbox().state().store(ActionStore.class);
    }

    @Test
    void findsTheRightPageAmongAMillionTextsByInterval() {
        long from = 1_600_000_000_000L;
        actions().seedInboundTexts(1_000_000, "67076", from);
        SandboxHttp http = new SandboxHttp(SANDBOX.sandbox());

        JsonNode page = http.get("/texts?inbound=true&toNumber=67076&limit=5&offset=2&intervalBegin="
                + (from + 999_990)).json();

        assertThat(page.get("totalCount").asLong()).isEqualTo(10);
        assertThat(page.get("items")).hasSize(5);
        assertThat(page.get("items").get(0).get("created").asLong()).isEqualTo(from + 999_997);
        assertThat(page.get("items").get(4).get("created").asLong()).isEqualTo(from + 999_993);

        JsonNode window = http.get("/texts?intervalBegin=" + (from + 500_000) + "&intervalEnd=" + (from + 500_099)
                + "&fromNumber=12135550042&limit=1000").json();
        assertThat(window.get("totalCount").asLong()).isEqualTo(1);
        assertThat(window.get("items").get(0).get("created").asLong()).isEqualTo(from + 500_042);
    }

    @Test
    void answersConcurrentSendersAndReadersConsistently() throws Exception {
        SandboxHttp http = new SandboxHttp(SANDBOX.sandbox());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int n = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    http.post("/texts?defaultMessage=Hi", List.of(Map.of("phoneNumber",
                            String.format("1213556%02d%02d", n, i))));
                    http.get("/texts?limit=5");
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        JsonNode page = http.get("/texts?limit=1000").json();
        assertThat(page.get("totalCount").asLong()).isEqualTo(80);
        assertThat(page.get("items")).hasSize(80);
    }

    @Test
    void reportsUsageOfFinishedOutboundTextsAndCalls() {
        SandboxHttp http = new SandboxHttp(SANDBOX.sandbox());
        long begin = SANDBOX.sandbox().clock().now();
        http.post("/texts?defaultMessage=Hi", List.of(Map.of("phoneNumber", "12135550101"),
                Map.of("phoneNumber", "12135550102")));
        http.post("/calls?defaultLiveMessage=Hi", List.of(Map.of("phoneNumber", "12135550103")));
        SANDBOX.sandbox().injectInboundText("12135550104", "67076", "in");

        ActionStore.Usage usage = actions().usage(begin, SANDBOX.sandbox().clock().now() + 1);

        assertThat(usage.textsSent()).isEqualTo(2);
        assertThat(usage.callsDurationMinutes()).isEqualTo(1);
        assertThat(usage.creditsUsed()).isEqualTo(3.0);
    }

    @Test
    void listsAContactsTextsAndCallsNewestFirst() {
        SandboxHttp http = new SandboxHttp(SANDBOX.sandbox());
        http.post("/texts?defaultMessage=one", List.of(Map.of("phoneNumber", "12135550101")));
        SANDBOX.sandbox().clock().advance(1000);
        http.post("/texts?defaultMessage=two", List.of(Map.of("phoneNumber", "12135550101")));
        http.post("/calls?defaultLiveMessage=Hi", List.of(Map.of("phoneNumber", "12135550101")));
        long contactId = http.get("/texts?limit=1").json().get("items").get(0).get("contact").get("id").asLong();

        List<JsonNode> texts = actions().textsForContact(contactId);

        assertThat(texts).extracting(t -> t.get("message").asText()).containsExactly("two", "one");
        assertThat(actions().callsForContact(contactId)).hasSize(1);
    }
}
