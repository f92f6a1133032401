package io.github.camelcallfire.example;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.dataformat.bindy.csv.BindyCsvDataFormat;

/** Step 1 of the story: each reminders CSV dropped into the inbox goes out as one batch of personal texts. */
public class ReminderRoutes extends RouteBuilder {

    static final String LOG = "reminders";

    @Override
    public void configure() {
        BindyCsvDataFormat appointments = new BindyCsvDataFormat(Appointment.class);
        // a file with one row must still give a list
        appointments.setUnwrapSingleInstance(false);

        from("file:{{example.inbox}}?include=.*\\.csv&move=sent/${file:name}")
                .routeId("send-reminders")
                .log(LoggingLevel.INFO, LOG, "Reminder file ${header.CamelFileName} picked up")
                .unmarshal(appointments)
                .bean("reminders", "recipients")
                .to("callfire:texts/send")
                .log(LoggingLevel.INFO, LOG, "Sent ${body.recipients} reminder(s) of ${header.CamelFileName} in "
                        + "${body.requests} request(s)");
    }
}
