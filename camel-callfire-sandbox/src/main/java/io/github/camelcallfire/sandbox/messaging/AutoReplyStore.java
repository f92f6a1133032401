package io.github.camelcallfire.sandbox.messaging;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.state.SandboxState;

/** Text auto-replies, newest first, and the answering of inbound texts with them. */
public final class AutoReplyStore {

    private final SandboxState state;
    private final ConcurrentSkipListMap<Long, AutoReply> replies = new ConcurrentSkipListMap<>(Collections.reverseOrder());

    public AutoReplyStore(SandboxState state) {
        this.state = state;
    }

    public AutoReply create(String number, String keyword, String match, String message) {
        AutoReply reply = new AutoReply(state.nextId(), number, keyword, match, message);
        replies.put(reply.id(), reply);
        return reply;
    }

    public Optional<AutoReply> get(long id) {
        return Optional.ofNullable(replies.get(id));
    }

    public boolean delete(long id) {
        return replies.remove(id) != null;
    }

    /** Newest first; {@code number} null for all. */
    public List<AutoReply> find(String number) {
        return replies.values().stream().filter(r -> number == null || r.number().equals(number)).toList();
    }

    /** Sends the reply of every auto-reply that answers this inbound text, from the number it was sent to. */
    public void answer(TextAction inbound) {
        String to = inbound.header().toNumber();
        String from = inbound.header().fromNumber();
        TextDispatcher dispatcher = new TextDispatcher(state);
        for (AutoReply reply : find(to)) {
            if (!reply.answers(to, inbound.message())) {
                continue;
            }
            String message = MessageTemplate.fill(reply.message(), Map.of("text.message", inbound.message()));
            JsonNode recipient = Json.object().put("phoneNumber", from);
            dispatcher.send(List.of(recipient), new TextDispatcher.Options(message, "an auto-reply message", to,
                    null, null, List.of(), false, null, false));
        }
    }
}
