package io.github.camelcallfire.sandbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.sandbox.store.ActionStore;

/** Walking a find page by page (which the index resumes where the last page ended) answers like single finds. */
class ActionIndexPagingTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private static final long FROM = 1_600_000_000_000L;

    @Test
    void walksEveryTextOncePageByPageNewestFirst() {
        SANDBOX.sandbox().state().store(ActionStore.class).seedInboundTexts(2_500, "67076", FROM);
        SandboxHttp http = new SandboxHttp(SANDBOX.sandbox());

        List<Long> created = new ArrayList<>();
        for (int offset = 0; offset < 2_500; offset += 1_000) {
            JsonNode page = http.get("/texts?inbound=true&toNumber=67076&limit=1000&offset=" + offset).json();
            assertThat(page.get("totalCount").asLong()).isEqualTo(2_500);
            page.get("items").forEach(item -> created.add(item.get("created").asLong()));
        }

        assertThat(created).hasSize(2_500);
        assertThat(created.get(0)).isEqualTo(FROM + 2_499);
        assertThat(created.get(2_499)).isEqualTo(FROM);
        assertThat(created).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
    }

    @Test
    void countsATextArrivingBetweenPages() {
        SANDBOX.sandbox().state().store(ActionStore.class).seedInboundTexts(30, "67077", FROM);
        SandboxHttp http = new SandboxHttp(SANDBOX.sandbox());
        http.get("/texts?inbound=true&toNumber=67077&limit=10&offset=0");

        SANDBOX.sandbox().injectInboundText("12135550199", "67077", "arrived between pages");
        JsonNode second = http.get("/texts?inbound=true&toNumber=67077&limit=10&offset=10").json();

        assertThat(second.get("totalCount").asLong()).isEqualTo(31);
        // the new text is the newest, so every older one moved one place down
        assertThat(second.get("items").get(0).get("created").asLong()).isEqualTo(FROM + 20);
    }
}
