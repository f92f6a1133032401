package io.github.camelcallfire.sandbox.messaging;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A text or call as an answer writes it. Serialized straight to the generator: a bulk send answers a thousand
 * actions at a time, and building a JSON tree for each first cost more than writing them.
 *
 * @param rootUrl the address the client used, to make recording URLs absolute; empty leaves them relative
 */
@JsonSerialize(using = ActionJson.Writer.class)
public record ActionJson(Action action, Optional<String> rootUrl) {

    /** Jackson's entry point for {@link ActionJson}. */
    public static final class Writer extends StdSerializer<ActionJson> {

        public Writer() {
            super(ActionJson.class);
        }

        @Override
        public void serialize(ActionJson value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            value.action().write(generator, provider, value.rootUrl());
        }
    }
}
