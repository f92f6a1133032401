package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LenientEnumTest {

    static List<Class<?>> wireEnums() {
        return ModelPackage.wireEnums();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wireEnums")
    void mapsAValueItDoesNotKnowToUnknown(Class<?> wireEnum) throws Exception {
        Object parsed = MAPPER.readValue("\"INVENTED_BY_CALLFIRE_NEXT_YEAR\"", wireEnum);

        assertThat(parsed).isInstanceOf(wireEnum).hasToString("UNKNOWN");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wireEnums")
    void writesAndReadsEveryValueByItsWireName(Class<?> wireEnum) throws Exception {
        for (Object constant : wireEnum.getEnumConstants()) {
            String json = MAPPER.writeValueAsString(constant);

            assertThat(json).isEqualTo("\"" + ((Enum<?>) constant).name() + "\"");
            assertThat(MAPPER.readValue(json, wireEnum)).isSameAs(constant);
        }
    }

    @Test
    void readsUnknownStatesInsideAModelWithoutFailing() throws Exception {
        Text text = MAPPER.readValue(
                "{\"id\":1,\"state\":\"QUARANTINED\",\"finalTextResult\":\"SPAM_FILTERED\",\"message\":\"hi\"}",
                Text.class);

        assertThat(text.getState()).isEqualTo(ActionState.UNKNOWN);
        assertThat(text.getFinalTextResult()).isEqualTo(TextResult.UNKNOWN);
        assertThat(text.getMessage()).isEqualTo("hi");
    }

    @Test
    void knowsTheNewerValuesOfTheCurrentSpec() throws Exception {
        Text text = MAPPER.readValue("{\"state\":\"RESTRICTED_NUMBER\",\"finalTextResult\":\"INVALID_NUMBER\"}",
                Text.class);
        Call call = MAPPER.readValue("{\"state\":\"SKIPPED\",\"finalCallResult\":\"SKIPPED\"}", Call.class);

        assertThat(text.getState()).isEqualTo(ActionState.RESTRICTED_NUMBER);
        assertThat(text.getFinalTextResult()).isEqualTo(TextResult.INVALID_NUMBER);
        assertThat(call.getState()).isEqualTo(ActionState.SKIPPED);
        assertThat(call.getFinalCallResult()).isEqualTo(CallResult.SKIPPED);
    }

    @Test
    void acceptsLowerCaseSpellings() throws Exception {
        assertThat(MAPPER.readValue("\"finished\"", BroadcastStatus.class)).isEqualTo(BroadcastStatus.FINISHED);
    }

    @Test
    void keepsAnAbsentOrNullValueNull() throws Exception {
        Call call = MAPPER.readValue("{\"state\":null}", Call.class);

        assertThat(call.getState()).isNull();
        assertThat(call.getFinalCallResult()).isNull();
    }
}
