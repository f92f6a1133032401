package io.github.camelcallfire.kamelets;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Checks the {@code mode} of the {@code callfire-sink} Kamelet when its route is created, so that a wrong value
 * fails the start with a message about the property, rather than about the endpoint URI that it becomes. The
 * Kamelet's route refers to it as a step (that is what makes Camel create it at the start); it leaves the exchange
 * as it is.
 */
public class SinkMode implements Processor {

    private String mode;

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        if (!"text".equals(mode) && !"call".equals(mode)) {
            throw new IllegalArgumentException("callfire-sink: the property mode must be text (an SMS) or call "
                    + "(a voice call that reads out the message), but was '" + mode + "'");
        }
        this.mode = mode;
    }

    @Override
    public void process(Exchange exchange) {
        // nothing: the check is done when the route is created
    }
}
