package io.github.camelcallfire.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The ObjectMapper settings of the component, the same conventions as camel-jackson's defaults for REST APIs. */
public final class CallfireJson {

    private CallfireJson() {
    }

    /** A new mapper: unknown properties ignored, nulls omitted (the models parse unknown enum values leniently themselves). */
    public static ObjectMapper newObjectMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return mapper;
    }
}
