package io.github.camelcallfire.operation;

import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.sandbox.control.Recording;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import static io.github.camelcallfire.operation.CallfireOperation.FIND_TEXTS;
import static io.github.camelcallfire.operation.SandboxEngine.arguments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where a page walk ends: at a known total, or at the first short page when the answer carries no total (a partial
 * response {@code fields=items(id)} leaves {@code totalCount} out). Each test counts the requests the sandbox received
 * and their offsets, so one page too many or too few fails.
 */
class PageWalkTest {

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxEngine engine;
    private Recording finds;

    @BeforeEach
    void start() {
        engine = SandboxEngine.on(SANDBOX.sandbox());
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    /* guards `nextOffset >= total` (a walk that asks for an empty page after the last full one) */
    @Test
    void stopsAtTheKnownTotalWithoutAskingForAnEmptyPage() {
        engine.sendTexts(4);
        finds = SANDBOX.sandbox().record("GET", "/v2/texts");

        PageIterator<Text> walk = engine.executor.iterate(FIND_TEXTS, arguments(FIND_TEXTS), 2);

        assertThat(walk.firstPage().getTotalCount()).isEqualTo(4);
        assertThat(drain(walk)).hasSize(4);
        assertThat(offsetsAsked()).containsExactly("limit=2&offset=0", "limit=2&offset=2");
    }

    @Test
    void stopsAtAShortLastPage() {
        engine.sendTexts(5);
        finds = SANDBOX.sandbox().record("GET", "/v2/texts");

        PageIterator<Text> walk = engine.executor.iterate(FIND_TEXTS, arguments(FIND_TEXTS), 2);

        assertThat(drain(walk)).hasSize(5);
        assertThat(offsetsAsked()).containsExactly("limit=2&offset=0", "limit=2&offset=2", "limit=2&offset=4");
    }

    /* guards `items.size() < pageSize`: without a total only a short (here: empty) page ends the walk */
    @Test
    void withoutATotalWalksOnUntilAnEmptyPage() {
        engine.sendTexts(4);
        finds = SANDBOX.sandbox().record("GET", "/v2/texts");

        PageIterator<Text> walk = engine.executor.iterate(FIND_TEXTS, arguments(FIND_TEXTS, "fields", "items(id)"), 2);

        assertThat(walk.firstPage().getTotalCount()).isNull();
        assertThat(drain(walk)).hasSize(4).allSatisfy(text -> assertThat(text.getId()).isNotNull());
        assertThat(offsetsAsked()).containsExactly("fields=items%28id%29&limit=2&offset=0",
                "fields=items%28id%29&limit=2&offset=2", "fields=items%28id%29&limit=2&offset=4");
    }

    @Test
    void withoutATotalStopsAtAShortPage() {
        engine.sendTexts(3);
        finds = SANDBOX.sandbox().record("GET", "/v2/texts");

        PageIterator<Text> walk = engine.executor.iterate(FIND_TEXTS, arguments(FIND_TEXTS, "fields", "items(id)"), 2);

        assertThat(drain(walk)).hasSize(3);
        assertThat(offsetsAsked()).hasSize(2);
    }

    /* the offset advances by the items received, from the offset the caller gave */
    @Test
    void startsAtTheGivenOffsetAndAdvancesByTheItemsReceived() {
        engine.sendTexts(6);
        finds = SANDBOX.sandbox().record("GET", "/v2/texts");

        PageIterator<Text> walk = engine.executor.iterate(FIND_TEXTS, arguments(FIND_TEXTS, "offset", "1"), 2);

        assertThat(drain(walk)).hasSize(5);
        assertThat(offsetsAsked()).containsExactly("limit=2&offset=1", "limit=2&offset=3", "limit=2&offset=5");
    }

    @Test
    void anEmptySearchIsOneRequestAndNoItem() {
        finds = SANDBOX.sandbox().record("GET", "/v2/texts");

        PageIterator<Text> walk = engine.executor.iterate(FIND_TEXTS, arguments(FIND_TEXTS), 2);

        assertThat(walk.hasNext()).isFalse();
        assertThat(walk.firstPage().getTotalCount()).isZero();
        assertThat(offsetsAsked()).hasSize(1);
    }

    @Test
    void nextAfterTheLastItemNamesTheOperation() {
        engine.sendTexts(1);
        PageIterator<Text> walk = engine.executor.iterate(FIND_TEXTS, arguments(FIND_TEXTS), 2);
        walk.next();

        assertThatThrownBy(walk::next).isInstanceOf(NoSuchElementException.class)
                .hasMessage("No more findTexts results");
    }

    @Test
    void refusesToWalkAnOperationWithoutPages() {
        assertThatThrownBy(() -> engine.executor.iterate(CallfireOperation.GET_ACCOUNT,
                arguments(CallfireOperation.GET_ACCOUNT), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("callfire:account/get does not return pages");
    }

    private static <T> List<T> drain(PageIterator<T> walk) {
        List<T> items = new ArrayList<>();
        while (walk.hasNext()) {
            items.add(walk.next());
        }
        return items;
    }

    private List<String> offsetsAsked() {
        return finds.getItems().stream().map(Recording.Received::query).toList();
    }
}
