package io.github.camelcallfire.model;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;

/** A JSON document in CallFire's shape and the model type it binds to. */
record ModelSample(JavaType type, String json) {

    /** Deliberately a plain mapper: the models must be lenient on their own, whatever mapper a user brings. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    static ModelSample of(Class<?> type, String json) {
        return new ModelSample(TypeFactory.defaultInstance().constructType(type), json);
    }

    static ModelSample of(Class<?> envelope, Class<?> item, String json) {
        return new ModelSample(TypeFactory.defaultInstance().constructParametricType(envelope, item), json);
    }

    Class<?> modelClass() {
        return type.getRawClass();
    }

    @Override
    public String toString() {
        return type.toCanonical().replace(getClass().getPackageName() + ".", "");
    }
}
