package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void writesBackAnUnknownValueAndTheEmptyStringVerbatim() throws Exception {
        String json = "{\"state\":\"QUARANTINED\",\"finalTextResult\":\"\",\"message\":\"hi\"}";
        Text text = MAPPER.readValue(json, Text.class);

        assertThat(text.getState()).isEqualTo(ActionState.UNKNOWN);
        assertThat(text.getRawState()).isEqualTo("QUARANTINED");
        assertThat(text.getFinalTextResult()).isEqualTo(TextResult.UNKNOWN);
        assertThat(text.getRawFinalTextResult()).isEmpty();
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(text))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void writesBackALowerCaseSpellingAsReceived() throws Exception {
        Broadcast broadcast = MAPPER.readValue("{\"status\":\"finished\"}", TextBroadcast.class);

        assertThat(broadcast.getStatus()).isEqualTo(BroadcastStatus.FINISHED);
        assertThat(MAPPER.writeValueAsString(broadcast)).isEqualTo("{\"status\":\"finished\"}");
    }

    @Test
    void settingAConstantWritesItsName() throws Exception {
        Contact contact = MAPPER.readValue("{\"externalSystem\":\"\"}", Contact.class);

        contact.setExternalSystem(ExternalSystem.ZOHO);

        assertThat(contact.getRawExternalSystem()).isEqualTo("ZOHO");
        assertThat(MAPPER.writeValueAsString(contact)).isEqualTo("{\"externalSystem\":\"ZOHO\"}");
    }

    @Test
    void settingTheValueAFieldAlreadyHoldsKeepsItsText() throws Exception {
        Contact contact = MAPPER.readValue("{\"externalSystem\":\"\"}", Contact.class);

        contact.setExternalSystem(contact.getExternalSystem());

        assertThat(contact.getRawExternalSystem()).isEmpty();
    }

    @Test
    void refusesToSetUnknownWhichCallfireDoesNotDefine() {
        Contact contact = new Contact();

        assertThatThrownBy(() -> contact.setExternalSystem(ExternalSystem.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setRawExternalSystem");
        assertThat(contact.getRawExternalSystem()).isNull();
    }

    @Test
    void aRawValueCanBeSetForValuesThisVersionDoesNotKnow() throws Exception {
        Contact contact = new Contact();

        contact.setRawExternalSystem("HUBSPOT");

        assertThat(contact.getExternalSystem()).isEqualTo(ExternalSystem.UNKNOWN);
        assertThat(MAPPER.writeValueAsString(contact)).isEqualTo("{\"externalSystem\":\"HUBSPOT\"}");
    }

    @Test
    void enumListsKeepUnknownValuesAndStayEditable() throws Exception {
        Schedule schedule = MAPPER.readValue("{\"daysOfWeek\":[\"MONDAY\",\"HOLIDAY\",\"\"]}", Schedule.class);

        assertThat(schedule.getDaysOfWeek()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.UNKNOWN, DayOfWeek.UNKNOWN);
        schedule.getDaysOfWeek().add(DayOfWeek.FRIDAY);
        schedule.getDaysOfWeek().remove(DayOfWeek.MONDAY);

        assertThat(schedule.getRawDaysOfWeek()).containsExactly("HOLIDAY", "", "FRIDAY");
        assertThat(MAPPER.writeValueAsString(schedule)).isEqualTo("{\"daysOfWeek\":[\"HOLIDAY\",\"\",\"FRIDAY\"]}");
        assertThatThrownBy(() -> schedule.getDaysOfWeek().add(DayOfWeek.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copyingAnEnumListFromAnotherModelKeepsItsTexts() throws Exception {
        Schedule read = MAPPER.readValue("{\"daysOfWeek\":[\"HOLIDAY\",\"MONDAY\"]}", Schedule.class);
        WeeklySchedule copy = new WeeklySchedule();

        copy.setDaysOfWeek(read.getDaysOfWeek());

        assertThat(copy.getRawDaysOfWeek()).containsExactly("HOLIDAY", "MONDAY");
        assertThat(read.getRawDaysOfWeek()).isNotSameAs(copy.getRawDaysOfWeek());
    }
}
