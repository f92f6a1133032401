package io.github.camelcallfire.sandbox.messaging;

import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.Json;

/**
 * TextBroadcastStats / CallBroadcastStats computed from the broadcast's actual texts or calls created in
 * [begin, end] (the BroadcastStats model's field names, including the wire's misspelt {@code recievedCount}).
 */
public final class BroadcastStats {

    private BroadcastStats() {
    }

    public static ObjectNode of(Broadcast broadcast, Long begin, Long end, long now) {
        List<Action> actions = broadcast.actions().stream()
                .filter(a -> (begin == null || a.created() >= begin) && (end == null || a.created() <= end))
                .toList();
        actions.forEach(a -> a.settle(now));
        return broadcast.kind() == BroadcastKind.TEXT ? textStats(actions) : callStats(actions);
    }

    private static ObjectNode textStats(List<Action> texts) {
        ObjectNode json = Json.object();
        json.put("totalOutboundCount", texts.size());
        json.put("remainingOutboundCount", count(texts, Action::pending));
        json.put("billedAmount", texts.stream().mapToDouble(Action::billedAmount).sum());
        json.put("sentCount", count(texts, a -> "SENT".equals(a.finalResult())));
        json.put("unsentCount", count(texts, a -> !a.pending() && !"SENT".equals(a.finalResult())));
        json.put("recievedCount", count(texts, a -> "RECEIVED".equals(a.finalResult())));
        json.put("doNotTextCount", count(texts, a -> "DNT".equals(a.finalResult())));
        json.put("tooBigCount", count(texts, a -> "TOO_BIG".equals(a.finalResult())));
        json.put("errorCount", count(texts, a -> a.state() == ActionState.INVALID));
        return json;
    }

    private static ObjectNode callStats(List<Action> calls) {
        int answered = count(calls, a -> "LA".equals(a.finalResult()));
        int pending = count(calls, Action::pending);
        int duration = calls.stream().mapToInt(a -> ((CallAction) a).durationSeconds()).sum();
        int billedMinutes = calls.stream().mapToInt(a -> ((CallAction) a).billedMinutes()).sum();
        ObjectNode json = Json.object();
        json.put("totalOutboundCount", calls.size());
        json.put("remainingOutboundCount", pending);
        json.put("billedAmount", (double) billedMinutes);
        json.put("callsAttempted", answered);
        json.put("callsPlaced", answered);
        json.put("callsDuration", duration);
        json.put("billedDuration", billedMinutes * 60);
        json.put("responseRatePercent", calls.isEmpty() ? 0 : answered * 100 / calls.size());
        json.put("callsRemaining", pending);
        json.put("callsAwaitingRedial", 0);
        json.put("callsLiveAnswer", answered);
        json.put("totalCount", calls.size());
        json.put("answeringMachineCount", count(calls, a -> "AM".equals(a.finalResult())));
        json.put("busyCount", count(calls, a -> "BUSY".equals(a.finalResult())));
        json.put("dialedCount", answered);
        json.put("doNotCallCount", count(calls, a -> a.state() == ActionState.DNC));
        json.put("errorCount", count(calls, a -> a.state() == ActionState.INVALID));
        json.put("liveCount", answered);
        json.put("miscCount", count(calls, a -> a.state() == ActionState.DUP || a.state() == ActionState.DISABLED));
        json.put("noAnswerCount", count(calls, a -> "NO_ANS".equals(a.finalResult())));
        json.put("transferCount", count(calls, a -> "XFER".equals(a.finalResult())));
        return json;
    }

    private static int count(List<Action> actions, Predicate<Action> test) {
        return (int) actions.stream().filter(test).count();
    }
}
