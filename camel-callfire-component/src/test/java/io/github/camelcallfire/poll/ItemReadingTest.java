package io.github.camelcallfire.poll;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.ActionState;
import io.github.camelcallfire.model.Call;
import io.github.camelcallfire.model.CallResult;
import io.github.camelcallfire.model.Contact;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextResult;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the consumer reads an item: its id and creation time, its headers, whether its state is final. */
class ItemReadingTest {

    @Test
    void readsIdAndCreationTimeOfAnyModel() {
        ItemFields texts = ItemFields.of(Text.class);
        Text text = text(ActionState.FINISHED);

        assertThat(texts.type()).isEqualTo(Text.class);
        assertThat(texts.hasId()).isTrue();
        assertThat(texts.hasCreated()).isTrue();
        assertThat(texts.id(text)).isEqualTo(12L);
        assertThat(texts.created(text)).isEqualTo(1_700_000_000_000L);
    }

    @Test
    void aModelWithoutCreationTimeHasOnlyItsId() {
        ItemFields contacts = ItemFields.of(Contact.class);
        Contact contact = new Contact();
        contact.setId(5L);

        assertThat(contacts.hasId()).isTrue();
        assertThat(contacts.hasCreated()).isFalse();
        assertThat(contacts.id(contact)).isEqualTo(5L);
        assertThat(contacts.created(contact)).isNull();
    }

    /* getters that do not return Long (or do not exist) are no id */
    @Test
    void aTypeWithoutLongGettersHasNeither() {
        ItemFields strings = ItemFields.of(String.class);
        ItemFields odd = ItemFields.of(IntId.class);

        assertThat(strings.hasId()).isFalse();
        assertThat(strings.id("x")).isNull();
        assertThat(odd.hasId()).isFalse();
        assertThat(odd.hasCreated()).isFalse();
    }

    @Test
    void aGetterThatThrowsIsReportedWithItsName() {
        ItemFields failing = ItemFields.of(FailingId.class);

        assertThatThrownBy(() -> failing.id(new FailingId())).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot read getId of " + FailingId.class.getName());
    }

    @Test
    void aTextCarriesItsHeaders() {
        Message message = message();
        Text text = text(ActionState.FINISHED);
        text.setFromNumber("13105550111");
        text.setToNumber("12135550100");
        text.setInbound(true);
        text.setMessage("YES");
        text.setFinalTextResult(TextResult.RECEIVED);

        ItemHeaders.apply(message, text, ItemFields.of(Text.class));

        assertThat(message.getHeaders()).containsEntry(CallfireConstants.ITEM_ID, 12L)
                .containsEntry(CallfireConstants.ITEM_CREATED, 1_700_000_000_000L)
                .containsEntry(CallfireConstants.ITEM_FROM_NUMBER, "13105550111")
                .containsEntry(CallfireConstants.ITEM_TO_NUMBER, "12135550100")
                .containsEntry(CallfireConstants.ITEM_INBOUND, true)
                .containsEntry(CallfireConstants.ITEM_STATE, ActionState.FINISHED)
                .containsEntry(CallfireConstants.ITEM_MESSAGE, "YES")
                .containsEntry(CallfireConstants.ITEM_FINAL_RESULT, TextResult.RECEIVED)
                .hasSize(8);
    }

    @Test
    void aCallCarriesItsResultAndAbsentValuesNoHeader() {
        Message message = message();
        Call call = new Call();
        call.setId(3L);
        call.setFinalCallResult(CallResult.LA);

        ItemHeaders.apply(message, call, ItemFields.of(Call.class));

        assertThat(message.getHeaders()).containsOnlyKeys(CallfireConstants.ITEM_ID,
                CallfireConstants.ITEM_FINAL_RESULT).containsEntry(CallfireConstants.ITEM_FINAL_RESULT, CallResult.LA);
    }

    @Test
    void aContactCarriesOnlyItsId() {
        Message message = message();
        Contact contact = new Contact();
        contact.setId(5L);

        ItemHeaders.apply(message, contact, ItemFields.of(Contact.class));

        assertThat(message.getHeaders()).containsOnlyKeys(CallfireConstants.ITEM_ID);
    }

    @Test
    void onlyStatesATextOrCallCannotLeaveAreFinal() {
        for (ActionState state : ActionState.values()) {
            if (state == ActionState.UNKNOWN) {
                continue; // not settable: it stands for a value this version does not know
            }
            boolean inProgress = state == ActionState.READY || state == ActionState.SELECTED
                    || state == ActionState.CALLBACK;
            assertThat(FinalStates.isFinal(text(state))).as(state.name()).isEqualTo(!inProgress);
        }
        assertThat(FinalStates.isFinal(text(null))).isFalse();
        assertThat(FinalStates.isFinal(new Contact())).isTrue();
    }

    private static Text text(ActionState state) {
        Text text = new Text();
        text.setId(12L);
        text.setCreated(1_700_000_000_000L);
        text.setState(state);
        return text;
    }

    private static Message message() {
        return new DefaultMessage(new DefaultCamelContext());
    }

    public static final class IntId {
        public int getId() {
            return 1;
        }

        public String getCreated() {
            return "now";
        }
    }

    public static final class FailingId {
        public Long getId() {
            throw new IllegalStateException("no id");
        }
    }
}
