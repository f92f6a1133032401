package io.github.camelcallfire.example;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.BroadcastStatus;
import io.github.camelcallfire.model.TextBroadcastStats;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What has happened so far: who was reminded, who answered what, how the announcement went. The routes report to it;
 * it decides when the reply window closes and tells the application when the story is complete.
 */
public class ReminderStory {

    /** Exchange property holding the broadcast's status while its progress is polled. */
    public static final String BROADCAST_STATUS = "broadcastStatus";

    private static final Logger LOG = LoggerFactory.getLogger("reminders");

    private final Map<String, Appointment> reminded = new LinkedHashMap<>();
    private final Map<String, ReplyOutcome> outcomes = new LinkedHashMap<>();
    private final AtomicBoolean replyWindowClosed = new AtomicBoolean();
    private final AtomicBoolean complete = new AtomicBoolean();
    private volatile Runnable onComplete = () -> { };

    /** Called once, when the broadcast has ended and the summary is printed. */
    public void onComplete(Runnable action) {
        this.onComplete = action;
    }

    public synchronized void reminded(Appointment appointment) {
        reminded.put(appointment.getPhone(), appointment);
    }

    public synchronized Optional<Appointment> appointmentOf(String number) {
        return Optional.ofNullable(reminded.get(number));
    }

    public synchronized List<String> remindedNumbers() {
        return new ArrayList<>(reminded.keySet());
    }

    public synchronized void replyHandled(String number, ReplyOutcome outcome) {
        // a second reply from the same patient overrides the first one, as the patient meant it to
        outcomes.put(number, outcome);
    }

    /** True for the one call that finds every reminded patient answered; that caller sends the announcement. */
    public synchronized boolean closeReplyWindowIfAllAnswered() {
        return !reminded.isEmpty() && outcomes.keySet().containsAll(reminded.keySet()) && closeReplyWindow();
    }

    /** True for the one call that closes the reply window, whoever makes it (all answered, or the timeout). */
    public boolean closeReplyWindow() {
        return replyWindowClosed.compareAndSet(false, true);
    }

    public synchronized List<String> numbersWith(ReplyOutcome outcome) {
        return outcomes.entrySet().stream().filter(e -> e.getValue() == outcome).map(Map.Entry::getKey).toList();
    }

    /** Whether the broadcast may still change: null (not looked at yet) or any status before its end. */
    public boolean broadcastInProgress(@ExchangeProperty(BROADCAST_STATUS) BroadcastStatus status) {
        return status == null || switch (status) {
            case FINISHED, STOPPED, ARCHIVED, DECLINED, BLOCKED_SUSPICIOUS -> false;
            default -> true;
        };
    }

    public void broadcastEnded(@Header(CallfireConstants.ID) long broadcastId,
                               @ExchangeProperty(BROADCAST_STATUS) BroadcastStatus status, @Body TextBroadcastStats stats) {
        LOG.info("Announcement broadcast {} {}: {} recipients, {} sent, {} not texted (do-not-contact), {} errors",
                broadcastId, status, stats.getTotalOutboundCount(), stats.getSentCount(), stats.getDoNotTextCount(),
                stats.getErrorCount());
        complete("the announcement went out");
    }

    public void nothingToAnnounce() {
        LOG.info("No reminders were sent, so there is nobody to send the announcement to");
        complete("nobody was reminded");
    }

    private void complete(String how) {
        if (!complete.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            LOG.info("Story complete ({}): {} reminders sent; confirmed {}, opted out {}, got help {}, no answer {}",
                    how, reminded.size(), numbersWith(ReplyOutcome.CONFIRMED), numbersWith(ReplyOutcome.OPTED_OUT),
                    numbersWith(ReplyOutcome.HELP),
                    reminded.keySet().stream().filter(n -> !outcomes.containsKey(n)).toList());
        }
        onComplete.run();
    }
}
