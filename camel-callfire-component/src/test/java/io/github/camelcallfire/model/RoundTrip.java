package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Reads a sample into its model and writes it back; the JSON must survive unchanged. */
final class RoundTrip {

    private RoundTrip() {
    }

    static Object assertUnchanged(ModelSample sample) throws JsonProcessingException {
        Object model = MAPPER.readValue(sample.json(), sample.type());
        assertThat(model).isInstanceOf(sample.modelClass());
        // every field of a sample has a typed home: none may end up among the kept unknown fields
        assertThat(KeptFields.in(model)).as("fields without a typed home").isEmpty();
        // re-parsing the written text makes number nodes comparable (a Long 5 and a parsed 5 are different nodes)
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(model));
        assertThat(written).isEqualTo(MAPPER.readTree(sample.json()));
        return model;
    }
}
