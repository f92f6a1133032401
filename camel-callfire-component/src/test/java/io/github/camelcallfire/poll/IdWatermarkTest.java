package io.github.camelcallfire.poll;

import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static io.github.camelcallfire.poll.InboundTexts.FIELDS;
import static io.github.camelcallfire.poll.InboundTexts.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The id rule of finds without a creation filter: a first walk from NOW only records the highest id; then every id
 * above the highest completed one is new, lowest first, at most the budget.
 */
class IdWatermarkTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private static final long T0 = 1_700_000_000_000L;

    private InboundTexts texts;
    private FindWalk find;

    @BeforeEach
    void start() {
        texts = new InboundTexts(SANDBOX.sandbox());
        find = texts.find(2);
    }

    @AfterEach
    void stop() {
        texts.close();
    }

    @Test
    void startingNowRecordsTheHighestIdThenEmitsOnlyHigherOnes() {
        List<Long> before = texts.textsAt(T0, 3);
        IdWatermark rule = new IdWatermark(FIELDS, null);
        assertThat(rule.encode()).isEqualTo("i1|-");

        assertThat(rule.due(find, T0, 10)).isEmpty();
        assertThat(rule.encode()).isEqualTo("i1|" + before.get(2));

        List<Long> after = texts.textsAt(T0 + 1, 3);
        assertThat(ids(pollAndComplete(rule, 2))).containsExactly(after.get(0), after.get(1));
        assertThat(rule.encode()).isEqualTo("i1|" + after.get(1));
        assertThat(ids(pollAndComplete(rule, 2))).containsExactly(after.get(2));
        assertThat(rule.due(find, T0, 2)).isEmpty();
    }

    @Test
    void startingNowOnAnEmptyFindTakesEverythingAfterwards() {
        IdWatermark rule = new IdWatermark(FIELDS, null);
        assertThat(rule.due(find, T0, 10)).isEmpty();
        assertThat(rule.encode()).isEqualTo("i1|0");

        List<Long> created = texts.textsAt(T0, 2);

        assertThat(ids(pollAndComplete(rule, 10))).containsExactlyElementsOf(created);
    }

    @Test
    void fromTheBeginningEmitsEveryIdLowestFirst() {
        List<Long> created = texts.textsAt(T0, 5);
        IdWatermark rule = (IdWatermark) NewItemRules.restore(FIELDS, false,
                new PollSettings(StartFrom.parse("BEGINNING"), 0, false, 0), null, T0);
        assertThat(rule.encode()).isEqualTo("i1|0");

        assertThat(ids(pollAndComplete(rule, 10))).containsExactlyElementsOf(created);
    }

    /* the highest id only grows, whatever order the exchanges complete in */
    @Test
    void theHighestCompletedIdOnlyGrows() {
        IdWatermark rule = new IdWatermark(FIELDS, null);
        rule.completed(text(7));
        assertThat(rule.encode()).isEqualTo("i1|7");
        rule.completed(text(5));
        assertThat(rule.encode()).isEqualTo("i1|7");
        rule.completed(text(9));
        assertThat(rule.encode()).isEqualTo("i1|9");
    }

    @Test
    void readsItsPositionBack() {
        assertThat(IdWatermark.decode("i1|42", FIELDS).encode()).isEqualTo("i1|42");
        assertThat(IdWatermark.decode("i1|-", FIELDS).encode()).isEqualTo("i1|-");
        for (String text : new String[] {"i1", "i1|1|2", "t2|1", "i2|5"}) {
            assertThatThrownBy(() -> IdWatermark.decode(text, FIELDS)).as(text)
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Not an id watermark: " + text);
        }
    }

    private List<Object> pollAndComplete(IdWatermark rule, int budget) {
        List<Object> due = new ArrayList<>(rule.due(find, T0, budget));
        due.forEach(rule::completed);
        return due;
    }

    private static Text text(long id) {
        Text text = new Text();
        text.setId(id);
        return text;
    }
}
