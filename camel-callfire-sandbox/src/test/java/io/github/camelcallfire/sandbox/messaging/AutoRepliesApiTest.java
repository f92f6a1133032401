package io.github.camelcallfire.sandbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;

class AutoRepliesApiTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http;

    @BeforeEach
    void client() {
        http = new SandboxHttp(SANDBOX.sandbox());
    }

    private long create(Map<String, String> autoReply) {
        SandboxHttp.Reply reply = http.post("/texts/auto-replys", autoReply);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    @Test
    void createsReadsFindsAndDeletesAutoReplies() {
        long id = create(Map.of("number", "2135550100", "match", "hours", "message", "Open 9-5"));
        create(Map.of("number", "67076", "message", "Thanks"));

        JsonNode reply = http.get("/texts/auto-replys/" + id).json();
        assertThat(reply.get("number").asText()).isEqualTo("12135550100");
        assertThat(reply.get("match").asText()).isEqualTo("hours");
        assertThat(reply.get("message").asText()).isEqualTo("Open 9-5");
        JsonNode page = http.get("/texts/auto-replys?number=12135550100").json();
        assertThat(page.get("totalCount").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(http.get("/texts/auto-replys").json().get("totalCount").asLong()).isEqualTo(2);

        assertThat(http.delete("/texts/auto-replys/" + id).status()).isEqualTo(204);
        assertThat(http.get("/texts/auto-replys/" + id).status()).isEqualTo(404);
        assertThat(http.delete("/texts/auto-replys/" + id).status()).isEqualTo(404);
    }

    @Test
    void rejectsAutoReplyWithoutNumber() {
        SandboxHttp.Reply reply = http.post("/texts/auto-replys", Map.of("message", "Hi"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("number");
    }

    @Test
    void answersMatchingInboundTextFromTheNumberItWasSentTo() {
        create(Map.of("number", "12135550100", "match", "HOURS", "message", "Re: ${text.message} - open 9-5"));

        SANDBOX.sandbox().injectInboundText("12135550111", "12135550100", "hours please");
        SANDBOX.sandbox().injectInboundText("12135550111", "12135550100", "something else");

        JsonNode replies = http.get("/texts?inbound=false").json();
        assertThat(replies.get("totalCount").asLong()).isEqualTo(1);
        JsonNode text = replies.get("items").get(0);
        assertThat(text.get("fromNumber").asText()).isEqualTo("12135550100");
        assertThat(text.get("toNumber").asText()).isEqualTo("12135550111");
        assertThat(text.get("message").asText()).isEqualTo("Re: hours please - open 9-5");
        assertThat(text.get("finalTextResult").asText()).isEqualTo("SENT");
    }

    @Test
    void answersEveryTextWhenNoMatchIsSet() {
        create(Map.of("number", "67076", "message", "Thanks"));

        SANDBOX.sandbox().injectInboundText("12135550111", "67076", "anything");
        SANDBOX.sandbox().injectInboundText("12135550112", "12135550999", "other number");

        assertThat(http.get("/texts?inbound=false").json().get("totalCount").asLong()).isEqualTo(1);
    }
}
