package io.github.camelcallfire.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The ObjectMapper settings of the component, the same conventions as camel-jackson's defaults for REST APIs. */
public final class CallfireJson {

    private CallfireJson() {
    }

    /**
     * A new mapper: unknown properties ignored, nulls omitted. The models need none of it: they keep unknown fields
     * and the exact text of enum values themselves ({@code CallfireModel}), whatever mapper reads them; these
     * settings cover other types bound with this mapper.
     */
    public static ObjectMapper newObjectMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return mapper;
    }
}
