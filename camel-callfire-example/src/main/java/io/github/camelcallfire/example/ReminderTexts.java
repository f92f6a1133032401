package io.github.camelcallfire.example;

import io.github.camelcallfire.model.TextRecipient;

import java.util.List;

/** Turns the rows of a reminders CSV into one batch of recipients, each with a personal message. */
public class ReminderTexts {

    static final String CLINIC = "Riverside Clinic";

    private final String fromNumber;
    private final ReminderStory story;

    public ReminderTexts(String fromNumber, ReminderStory story) {
        this.fromNumber = fromNumber;
        this.story = story;
    }

    public List<TextRecipient> recipients(List<Appointment> appointments) {
        if (appointments.isEmpty()) {
            throw new IllegalArgumentException("The reminders CSV holds no appointment below its header line "
                    + "phone,name,appointment");
        }
        return appointments.stream().map(this::recipient).toList();
    }

    private TextRecipient recipient(Appointment appointment) {
        story.reminded(appointment);
        TextRecipient recipient = TextRecipient.to(appointment.getPhone(), "Hi " + appointment.getName() + ", "
                + CLINIC + " reminds you of your appointment on " + appointment.getTime()
                + ". Reply YES to confirm or STOP to opt out.");
        // replies then come back to the number the consumer watches
        recipient.setFromNumber(fromNumber);
        return recipient;
    }
}
