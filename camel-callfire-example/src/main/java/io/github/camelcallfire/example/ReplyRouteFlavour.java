package io.github.camelcallfire.example;

import java.util.Arrays;
import java.util.Locale;

/** Which of the two identical reply-routing routes is loaded: the Java DSL one or the YAML DSL one. */
public enum ReplyRouteFlavour {
    JAVA, YAML;

    static final String YAML_LOCATION = "classpath:routes/replies.yaml";

    static ReplyRouteFlavour parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("example.replyRoutes must be one of "
                    + Arrays.toString(values()).toLowerCase(Locale.ROOT) + ", but was '" + value + "'", e);
        }
    }
}
