package io.github.camelcallfire.example;

import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plays the patients' phones on the sandbox: when a text from our number has been delivered to a handset that has a
 * scripted answer, the handset texts that answer back, once. Only loaded when the example runs on the sandbox.
 */
public class HandsetSimulator extends RouteBuilder {

    /** The answers of the patients in {@code seed/appointments.csv}: one of each kind the reply routes handle. */
    static final Map<String, String> SCRIPT = Map.of(
            "12135550101", "YES",
            "12135550102", "STOP",
            "12135550103", "Can I come at 3pm instead?",
            "12135550104", "yes!");

    private final CallfireSandbox sandbox;
    private final Map<String, String> unanswered = new ConcurrentHashMap<>(SCRIPT);

    public HandsetSimulator(CallfireSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public void configure() {
        from("callfire:texts/find?inbound=false&fromNumber={{example.number}}&emitFinalOnly=true"
                + "&delay={{example.pollDelayMs}}")
                .routeId("handset-simulator")
                .filter(method(this, "answer"))
                    .log(LoggingLevel.INFO, ReminderRoutes.LOG, "(sandbox) handset ${body.toNumber} got the "
                            + "reminder and texts back: ${exchangeProperty.answer}");
    }

    /** Texts the handset's scripted answer to the sender, if it has one left; true when it did. */
    public boolean answer(Text delivered, Exchange exchange) {
        String answer = unanswered.remove(delivered.getToNumber());
        if (answer == null) {
            return false;
        }
        exchange.setProperty("answer", answer);
        sandbox.injectInboundText(delivered.getToNumber(), delivered.getFromNumber(), answer);
        return true;
    }
}
