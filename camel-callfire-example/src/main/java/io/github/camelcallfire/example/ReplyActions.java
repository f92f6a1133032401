package io.github.camelcallfire.example;

import io.github.camelcallfire.model.AddDoNotContactRequest;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextRecipient;
import org.apache.camel.ExchangeProperty;

import java.util.List;

/** The bodies the reply routes send back for a patient's reply (the inbound {@link Text} in the message body). */
public class ReplyActions {

    /** Name of the exchange property the reply routes keep the inbound text in while the body changes. */
    public static final String REPLY = "reply";
    /** Name of the exchange property holding the reply's {@link ReplyOutcome}. */
    public static final String OUTCOME = "outcome";
    static final String DNC_SOURCE = "appointment-reminders";

    private final String fromNumber;
    private final ReminderStory story;

    public ReplyActions(String fromNumber, ReminderStory story) {
        this.fromNumber = fromNumber;
        this.story = story;
    }

    public ReplyOutcome outcome(Text reply) {
        return ReplyOutcome.of(reply.getMessage());
    }

    public List<TextRecipient> confirmation(Text reply) {
        String message = story.appointmentOf(reply.getFromNumber())
                .map(a -> "Thanks " + a.getName() + ", your appointment on " + a.getTime() + " is confirmed.")
                .orElse("Thanks, your appointment is confirmed.");
        return answer(reply, message);
    }

    public List<TextRecipient> help(Text reply) {
        return answer(reply, ReminderTexts.CLINIC + ": reply YES to confirm your appointment or STOP to get no more "
                + "texts. To change the time, please call us.");
    }

    /** Blocks texts and calls to the patient, as STOP asks. */
    public AddDoNotContactRequest optOut(Text reply) {
        AddDoNotContactRequest request = new AddDoNotContactRequest();
        request.setNumbers(List.of(reply.getFromNumber()));
        request.setText(true);
        request.setCall(true);
        request.setSource(DNC_SOURCE);
        return request;
    }

    public void handled(@ExchangeProperty(REPLY) Text reply, @ExchangeProperty(OUTCOME) ReplyOutcome outcome) {
        story.replyHandled(reply.getFromNumber(), outcome);
    }

    private List<TextRecipient> answer(Text reply, String message) {
        TextRecipient recipient = TextRecipient.to(reply.getFromNumber(), message);
        recipient.setFromNumber(fromNumber);
        return List.of(recipient);
    }
}
