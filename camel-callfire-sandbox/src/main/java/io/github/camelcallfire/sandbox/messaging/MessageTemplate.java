package io.github.camelcallfire.sandbox.messaging;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code ${name}} placeholders; a placeholder without a value stays as written, so the sender notices it. */
public final class MessageTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private MessageTemplate() {
    }

    public static String fill(String template, Map<String, String> values) {
        if (!template.contains("${")) {
            // the common case of a plain message, sent to thousands of recipients at once, needs no regex
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
