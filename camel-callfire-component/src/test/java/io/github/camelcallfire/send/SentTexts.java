package io.github.camelcallfire.send;

import io.github.camelcallfire.model.Text;
import org.apache.camel.ProducerTemplate;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** What the sandbox holds: every outbound text counted per number, read back through callfire:texts/find. */
public final class SentTexts {

    private SentTexts() {
    }

    /** Outbound texts per toNumber (a number texted twice counts 2). */
    @SuppressWarnings("unchecked")
    public static Map<String, Integer> perNumber(ProducerTemplate template) {
        Iterator<Text> texts = template.requestBody("callfire:texts/find?inbound=false&autoPaginate=true&limit=1000",
                null, Iterator.class);
        Map<String, Integer> counts = new HashMap<>();
        texts.forEachRemaining(text -> counts.merge(text.getToNumber(), 1, Integer::sum));
        return counts;
    }

    public static long total(Map<String, Integer> perNumber) {
        return perNumber.values().stream().mapToLong(Integer::longValue).sum();
    }

    public static String number(long n) {
        return String.valueOf(12130000000L + n);
    }
}
