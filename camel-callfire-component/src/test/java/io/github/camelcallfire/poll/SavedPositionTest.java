package io.github.camelcallfire.poll;

import io.github.camelcallfire.model.Call;
import io.github.camelcallfire.model.CallResult;
import io.github.camelcallfire.model.Contact;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextResult;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where a consumer starts and what it saves: startFrom, the rule chosen on the first start, the compact positions and
 * their older form, the repository writes, and what an item tells about itself (id, creation time, final state,
 * headers). Each test names the regression it guards.
 */
class SavedPositionTest {

    private static final ItemFields TEXTS = ItemFields.of(Text.class);
    private static final ItemFields CONTACTS = ItemFields.of(Contact.class);

    /** Guards {@code StartFrom.parse}: keywords in any case and with spaces, epoch milliseconds, ISO-8601. */
    @Test
    void startFromReadsKeywordsEpochMillisecondsAndIsoTimestamps() {
        assertThat(StartFrom.parse(" now ")).isEqualTo(new StartFrom(StartFrom.Kind.NOW, 0));
        assertThat(StartFrom.parse("Beginning")).isEqualTo(new StartFrom(StartFrom.Kind.BEGINNING, 0));
        assertThat(StartFrom.parse("1714521600000")).isEqualTo(new StartFrom(StartFrom.Kind.INSTANT, 1714521600000L));
        assertThat(StartFrom.parse("2024-05-01T02:00:00+02:00").epochMillis()).isEqualTo(1714521600000L);
        assertThat(StartFrom.parse("2024-05-01T00:00:00Z").epochMillis()).isEqualTo(1714521600000L);
    }

    /** Guards the refusal of anything else, naming the valid forms. */
    @ParameterizedTest
    @ValueSource(strings = { "yesterday", "", "12ab", "2024-05-01" })
    void startFromRefusesOtherValuesNamingTheValidForms(String value) {
        assertThatThrownBy(() -> StartFrom.parse(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Option startFrom must be NOW, BEGINNING, epoch milliseconds or an ISO-8601 timestamp "
                        + "such as 2024-05-01T00:00:00Z, but was: " + value);
        assertThatThrownBy(() -> StartFrom.parse(null)).hasMessageEndingWith("but was: ");
    }

    /** Guards {@code StartFrom.floor}: the earliest creation time of each kind. */
    @Test
    void theFloorIsNowZeroOrTheInstant() {
        assertThat(StartFrom.parse("NOW").floor(5_000)).isEqualTo(5_000);
        assertThat(StartFrom.parse("BEGINNING").floor(5_000)).isZero();
        assertThat(StartFrom.parse("42").floor(5_000)).isEqualTo(42);
    }

    /** Guards {@code NewItemRules.restore} on a first start: the rule and its first position for each startFrom. */
    @Test
    void aFirstStartSavesWhereItBegins() {
        assertThat(restore(TEXTS, true, "NOW", null, 7_000).encode()).isEqualTo("t2|7000|7000|-|7000|-|");
        assertThat(restore(TEXTS, true, "BEGINNING", null, 7_000).encode()).isEqualTo("t2|0|0|-|0|-|");
        assertThat(restore(TEXTS, true, "1234", null, 7_000).encode()).isEqualTo("t2|1234|1234|-|1234|-|");
        assertThat(restore(CONTACTS, false, "NOW", null, 7_000).encode()).isEqualTo("i1|-");
        assertThat(restore(CONTACTS, false, "BEGINNING", null, 7_000).encode()).isEqualTo("i1|0");
        assertThatThrownBy(() -> restore(CONTACTS, false, "1234", null, 7_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("startFrom 1234 needs a find that filters by creation time; this one has no creation "
                        + "time, use NOW or BEGINNING");
    }

    /** Guards the restore of a saved position, which wins over startFrom, and the refusal of another rule's form. */
    @Test
    void aSavedPositionWinsOverStartFromAndMustBeOfTheSameRule() {
        assertThat(restore(TEXTS, true, "NOW", "t2|5|9|3|6|-|", 7_000).encode()).isEqualTo("t2|5|9|3|6|-|");
        assertThat(restore(CONTACTS, false, "NOW", "i1|77", 7_000).encode()).isEqualTo("i1|77");
        assertThat(restore(CONTACTS, false, "NOW", "i1|-", 7_000).encode()).isEqualTo("i1|-");

        assertThatThrownBy(() -> restore(TEXTS, true, "NOW", "i1|77", 7_000))
                .hasMessage("Not a creation-time position: i1|77");
        assertThatThrownBy(() -> restore(CONTACTS, false, "NOW", "t2|5|9|3|6|-|", 7_000))
                .hasMessage("Not an id watermark: t2|5|9|3|6|-|");
        assertThatThrownBy(() -> IdWatermark.decode("i1|5|6", CONTACTS)).hasMessage("Not an id watermark: i1|5|6");
        assertThatThrownBy(() -> IdWatermark.decode("x1|5", CONTACTS)).hasMessage("Not an id watermark: x1|5");
        assertThatThrownBy(() -> CreatedWatermark.decode("t2|5|9|3|6|-", TEXTS, settings(5000)))
                .hasMessage("Not a creation-time position: t2|5|9|3|6|-");
        assertThatThrownBy(() -> CreatedWatermark.decode("t1|5|9|3|6|-|", TEXTS, settings(5000)))
                .hasMessage("Not a creation-time position: t1|5|9|3|6|-|");
        assertThatThrownBy(() -> CreatedWatermark.decode("t1|5|9|-", TEXTS, settings(5000)))
                .hasMessage("Not a creation-time position: t1|5|9|-");
    }

    /** Guards the compact form: the recent ids keep their creation times (as ages from the cursor, base 36). */
    @Test
    void aCreationTimePositionKeepsItsRecentIdsAcrossARestart() {
        CreatedWatermark rule = CreatedWatermark.fresh(TEXTS, settings(5000), 1_000);
        rule.completed(text(40, 1_000));
        rule.completed(text(41, 1_036));

        String saved = rule.encode();
        CreatedWatermark restored = CreatedWatermark.decode(saved, TEXTS, settings(5000));

        assertThat(saved).startsWith("t2|1000|1036|41|1000|-|").contains("14:10", "15:0");
        assertThat(restored.encode()).isEqualTo(saved);
        // the restored rule knows the ids: completing them again changes nothing
        restored.completed(text(40, 1_000));
        assertThat(restored.encode()).isEqualTo(saved);
    }

    /**
     * Guards the reading of the former form {@code t1|watermark|floor|pendingSince|ids}: the newest id at the
     * watermark becomes the cursor, the watermark minus the look-back window (or pendingSince, if older) the recent
     * floor, never below the floor.
     */
    @Test
    void aPositionOfTheFormerFormIsReadExactly() {
        // ids 10 and 11 at the watermark 10000, id 12 36 ms before it
        String former = "t1|10000|500|-|a:0,b:0,c:10";

        assertThat(CreatedWatermark.decode(former, TEXTS, settings(100)).encode())
                .startsWith("t2|500|10000|11|9900|-|").contains("a:0", "b:0", "c:10");
        assertThat(CreatedWatermark.decode("t1|10000|500|9700|a:0", TEXTS, settings(100)).encode())
                .isEqualTo("t2|500|10000|10|9700|9700|a:0");
        assertThat(CreatedWatermark.decode("t1|10000|9950|-|a:0", TEXTS, settings(100)).encode())
                .isEqualTo("t2|9950|10000|10|9950|-|a:0");
        assertThat(CreatedWatermark.decode("t1|10000|500|-|", TEXTS, settings(100)).encode())
                .isEqualTo("t2|500|10000|-|9900|-|");
    }

    /** Guards {@code IdWatermark.completed}: the highest id completed is kept, whatever the order. */
    @Test
    void anIdWatermarkKeepsTheHighestCompletedId() {
        IdWatermark rule = IdWatermark.decode("i1|-", CONTACTS);
        rule.completed(contact(9));
        rule.completed(contact(4));
        assertThat(rule.encode()).isEqualTo("i1|9");
        rule.completed(contact(12));
        assertThat(rule.encode()).isEqualTo("i1|12");
    }

    /** Guards {@code SavedState}: a state is written only when it changed since the last read or write. */
    @Test
    void theRepositoryIsWrittenOnlyWhenThePositionChanged() {
        List<String> writes = new ArrayList<>();
        MemoryStateRepository repository = new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                writes.add(key + "=" + value);
                super.setState(key, value);
            }
        };
        repository.setState("k", "i1|3");
        writes.clear();
        SavedState saved = new SavedState(repository, "k");

        assertThat(saved.read()).isEqualTo("i1|3");
        saved.write("i1|3");
        saved.write("i1|4");
        saved.write("i1|4");
        saved.write("i1|5");

        assertThat(writes).containsExactly("k=i1|4", "k=i1|5");
        assertThat(new SavedState(repository, "other").read()).isNull();
    }

    /** Guards {@code ItemFields}: ids and creation times are read where the type has them as Long. */
    @Test
    void itemFieldsReadLongIdsAndCreationTimesOnly() {
        assertThat(TEXTS.hasId()).isTrue();
        assertThat(TEXTS.hasCreated()).isTrue();
        assertThat(TEXTS.type()).isEqualTo(Text.class);
        assertThat(TEXTS.id(text(5, 6))).isEqualTo(5L);
        assertThat(TEXTS.created(text(5, 6))).isEqualTo(6L);
        assertThat(CONTACTS.hasCreated()).isFalse();
        assertThat(CONTACTS.created(contact(3))).isNull();
        ItemFields strings = ItemFields.of(String.class);
        assertThat(strings.hasId()).isFalse();
        ItemFields wrongType = ItemFields.of(IntId.class);
        assertThat(wrongType.hasId()).isFalse();
        assertThat(wrongType.id(new IntId())).isNull();
        assertThatThrownBy(() -> ItemFields.of(Throwing.class).id(new Throwing()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot read getId of " + Throwing.class.getName());
    }

    /** Guards {@code FinalStates.isFinal}: in progress are READY, SELECTED, CALLBACK and a missing state. */
    @Test
    void onlyTextsAndCallsThatLeftProgressAreFinal() {
        assertThat(FinalStates.isFinal(withState(io.github.camelcallfire.model.ActionState.READY))).isFalse();
        assertThat(FinalStates.isFinal(withState(io.github.camelcallfire.model.ActionState.SELECTED))).isFalse();
        assertThat(FinalStates.isFinal(withState(io.github.camelcallfire.model.ActionState.CALLBACK))).isFalse();
        assertThat(FinalStates.isFinal(withState(null))).isFalse();
        assertThat(FinalStates.isFinal(withState(io.github.camelcallfire.model.ActionState.FINISHED))).isTrue();
        assertThat(FinalStates.isFinal(withState(io.github.camelcallfire.model.ActionState.DNC))).isTrue();
        assertThat(FinalStates.isFinal(contact(1))).isTrue();
    }

    /** Guards {@code ItemHeaders.apply}: a call's final result, a text's message and result, nothing absent. */
    @Test
    void itemHeadersCarryWhatTheItemHas() {
        org.apache.camel.Message message = new org.apache.camel.support.DefaultMessage(
                new org.apache.camel.impl.DefaultCamelContext());
        Call call = new Call();
        call.setId(8L);
        call.setFinalCallResult(CallResult.values()[0]);
        ItemHeaders.apply(message, call, ItemFields.of(Call.class));
        assertThat(message.getHeaders()).containsOnlyKeys("CamelCallfireItemId", "CamelCallfireItemFinalResult");
        assertThat(message.getHeader("CamelCallfireItemFinalResult")).isEqualTo(CallResult.values()[0]);

        org.apache.camel.Message textMessage = new org.apache.camel.support.DefaultMessage(
                new org.apache.camel.impl.DefaultCamelContext());
        Text text = text(9, 10);
        text.setMessage("hi");
        text.setFinalTextResult(TextResult.values()[0]);
        ItemHeaders.apply(textMessage, text, TEXTS);
        assertThat(textMessage.getHeaders()).containsOnlyKeys("CamelCallfireItemId", "CamelCallfireItemCreated",
                "CamelCallfireItemMessage", "CamelCallfireItemFinalResult");

        org.apache.camel.Message contactMessage = new org.apache.camel.support.DefaultMessage(
                new org.apache.camel.impl.DefaultCamelContext());
        ItemHeaders.apply(contactMessage, contact(3), CONTACTS);
        assertThat(contactMessage.getHeaders()).containsOnlyKeys("CamelCallfireItemId");
    }

    static NewItemRule restore(ItemFields fields, boolean byCreation, String startFrom, String saved, long now) {
        return NewItemRules.restore(fields, byCreation, new PollSettings(StartFrom.parse(startFrom), 5000, false,
                3_600_000), saved, now);
    }

    static PollSettings settings(long lookBackMs) {
        return new PollSettings(StartFrom.parse("NOW"), lookBackMs, false, 3_600_000);
    }

    static Text text(long id, long created) {
        Text text = new Text();
        text.setId(id);
        text.setCreated(created);
        return text;
    }

    private static Text withState(io.github.camelcallfire.model.ActionState state) {
        Text text = text(1, 1);
        text.setState(state);
        return text;
    }

    private static Contact contact(long id) {
        Contact contact = new Contact();
        contact.setId(id);
        return contact;
    }

    /** An item type whose id is not a Long. */
    public static final class IntId {
        public int getId() {
            return 1;
        }
    }

    /** An item type whose id getter fails. */
    public static final class Throwing {
        public Long getId() {
            throw new IllegalStateException("broken getter");
        }
    }
}
