package io.github.camelcallfire.example;

import io.github.camelcallfire.model.TextBroadcast;
import io.github.camelcallfire.model.TextRecipient;

/**
 * The broadcast sent to every reminded patient once the replies are in. Opted-out patients stay on the recipient
 * list on purpose: CallFire's do-not-contact list keeps the text from them, and the statistics show it.
 */
public class Announcement {

    private final String fromNumber;
    private final ReminderStory story;

    public Announcement(String fromNumber, ReminderStory story) {
        this.fromNumber = fromNumber;
        this.story = story;
    }

    public boolean hasRecipients() {
        return !story.remindedNumbers().isEmpty();
    }

    public TextBroadcast broadcast() {
        TextBroadcast broadcast = new TextBroadcast();
        broadcast.setName(ReminderTexts.CLINIC + " car park notice");
        broadcast.setFromNumber(fromNumber);
        broadcast.setMessage(ReminderTexts.CLINIC + ": our car park is closed this week. Please use the street "
                + "entrance on Main St.");
        broadcast.setRecipients(story.remindedNumbers().stream().map(n -> TextRecipient.to(n, null)).toList());
        return broadcast;
    }
}
