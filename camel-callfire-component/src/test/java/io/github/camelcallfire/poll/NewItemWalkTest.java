package io.github.camelcallfire.poll;

import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.CallfireEndpoint;
import io.github.camelcallfire.model.Contact;
import io.github.camelcallfire.model.ItemList;
import io.github.camelcallfire.model.ResourceId;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.operation.CallfireOperation;
import io.github.camelcallfire.operation.OperationExecutor;
import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The new-item rules walking a real find on the sandbox, with the sandbox's clock frozen so that every text has the
 * creation time the test gives it, and the poll's "now" given by the test: which items are due, in which order, how
 * many, and how the position moves. Each test names the regression it guards.
 */
class NewItemWalkTest {

    /* texts and calls stay READY for a minute of sandbox time: the emitFinalOnly cases need unfinished texts */
    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension(CallfireSandbox.builder()
            .actionDelayMs(60_000));

    private static final String OUR_NUMBER = "12135550100";
    private static final String HANDSET = "13105550111";
    private static final long F = 1_700_000_000_000L;
    private static final ItemFields TEXTS = ItemFields.of(Text.class);
    private static final ItemFields CONTACTS = ItemFields.of(Contact.class);

    private CamelContext context;
    private OperationExecutor executor;

    @BeforeEach
    void startCamel() {
        CallfireSandbox sandbox = SANDBOX.sandbox();
        context = new DefaultCamelContext();
        context.addComponent("callfire", CallfireTestSupport.component(sandbox));
        context.start();
        executor = context.getEndpoint("callfire:texts/find", CallfireEndpoint.class).getExecutor();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /**
     * Guards the order (creation time, then id), the floor (a text at the floor is new, one before it is not), and
     * the cursor: after the completed texts only a text after the cursor is new, also one of the cursor's
     * millisecond with a higher id.
     */
    @Test
    void emitsTheTextsFromTheFloorOnOldestFirstAndThenOnlyNewerOnes() {
        textAt(F - 1);
        long atFloor = textAt(F);
        long c = textAt(F + 5);
        long d = textAt(F + 5);
        long e = textAt(F + 9);
        CreatedWatermark rule = CreatedWatermark.fresh(TEXTS, settings(5000, false), F);

        List<Object> due = rule.due(texts(2), F + 100, 10);

        assertThat(ids(due)).containsExactly(atFloor, c, d, e);
        due.forEach(rule::completed);
        assertThat(rule.encode()).startsWith("t2|" + F + "|" + (F + 9) + "|" + e + "|" + F + "|-|");
        assertThat(rule.due(texts(2), F + 100, 10)).isEmpty();

        long sameMillisecond = textAt(F + 9);
        long later = textAt(F + 10);
        assertThat(ids(rule.due(texts(2), F + 100, 10))).containsExactly(sameMillisecond, later);
    }

    /**
     * Guards the budget: a poll takes the oldest {@code budget} new texts, the next poll the following ones, and a
     * walk over several pages keeps no duplicate.
     */
    @Test
    void aPollTakesTheOldestTextsUpToItsBudget() {
        List<Long> all = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            all.add(textAt(F + i));
        }
        CreatedWatermark rule = CreatedWatermark.fresh(TEXTS, settings(5000, false), F);

        List<Object> first = rule.due(texts(3), F + 100, 3);
        first.forEach(rule::completed);
        List<Object> second = rule.due(texts(3), F + 100, 3);
        second.forEach(rule::completed);
        List<Object> third = rule.due(texts(3), F + 100, 3);

        assertThat(ids(first)).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(ids(second)).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(ids(third)).containsExactly(all.get(6));
    }

    /**
     * Guards the look-back window: a text that shows up late behind the cursor is emitted once while it is inside
     * the window; once the window has moved past it, a late text is not emitted any more and the recent ids before
     * the window are forgotten.
     */
    @Test
    void aLateTextInsideTheWindowIsEmittedOnceAndOneBehindItNever() {
        long first = textAt(F + 500);
        CreatedWatermark rule = CreatedWatermark.fresh(TEXTS, settings(1000, false), F);
        rule.due(texts(10), F + 600, 10).forEach(rule::completed);

        long late = textAt(F + 100);
        List<Object> due = rule.due(texts(10), F + 700, 10);
        assertThat(ids(due)).containsExactly(late);
        due.forEach(rule::completed);
        assertThat(rule.due(texts(10), F + 700, 10)).isEmpty();
        assertThat(rule.encode()).startsWith("t2|" + F + "|" + (F + 500) + "|" + first + "|" + F + "|-|");

        // the window moves to now - 1000: everything before it is settled
        assertThat(rule.due(texts(10), F + 5000, 10)).isEmpty();
        assertThat(rule.encode()).isEqualTo("t2|" + F + "|" + (F + 500) + "|" + first + "|" + (F + 4000) + "|-|");
        textAt(F + 200);
        assertThat(rule.due(texts(10), F + 5100, 10)).isEmpty();
    }

    /**
     * Guards the hold of the recent floor at late texts left for the next poll: when the budget leaves some late
     * texts out, the window may not move past them, or they would be lost.
     */
    @Test
    void lateTextsLeftOutByTheBudgetAreEmittedByTheNextPoll() {
        textAt(F + 50);
        CreatedWatermark rule = CreatedWatermark.fresh(TEXTS, settings(1000, false), F);
        rule.due(texts(10), F + 60, 10).forEach(rule::completed);
        long late1 = textAt(F + 20);
        long late2 = textAt(F + 21);
        long late3 = textAt(F + 22);

        List<Object> first = rule.due(texts(10), F + 3000, 2);
        first.forEach(rule::completed);
        List<Object> second = rule.due(texts(10), F + 3000, 2);

        assertThat(ids(first)).containsExactly(late1, late2);
        assertThat(ids(second)).containsExactly(late3);
    }

    /**
     * Guards the limit of recent ids: a burst newer than the window adds at most 250 of them, the rest waits; a
     * backlog older than the window is walked with the cursor alone, whole; with emitFinalOnly there is no limit.
     */
    @Test
    void aBurstInsideTheWindowAddsAtMost250RecentIds() {
        // from the floor on: a text at the floor itself, after the fresh cursor, counts as a recent id too
        for (int i = 0; i < 260; i++) {
            textAt(F + i);
        }

        CreatedWatermark inWindow = CreatedWatermark.fresh(TEXTS, settings(1_000_000, false), F);
        List<Object> burst = inWindow.due(texts(1000), F + 1000, 1000);
        assertThat(burst).hasSize(250);
        burst.forEach(inWindow::completed);
        assertThat(inWindow.due(texts(1000), F + 1000, 1000)).isEmpty();

        CreatedWatermark settled = CreatedWatermark.fresh(TEXTS, settings(100, false), F);
        assertThat(settled.due(texts(1000), F + 1000, 1000)).hasSize(260);

        CreatedWatermark finalOnly = CreatedWatermark.fresh(TEXTS, settings(1_000_000, true), F);
        assertThat(finalOnly.due(texts(1000), F + 1000, 1000)).hasSize(260);
    }

    /**
     * Guards emitFinalOnly: a text still READY waits (and holds the window, saved as pendingSince) until it is final
     * or has waited finalStateWaitMs (exactly that long is enough); finished texts after it are not held back.
     */
    @Test
    void withEmitFinalOnlyAnUnfinishedTextWaitsUntilFinalOrTooOld() {
        SANDBOX.sandbox().clock().set(F + 10);
        long outbound = context.createProducerTemplate().requestBody("callfire:texts/send?toNumber=12135550177"
                + "&sendResult=IDS", "pending", io.github.camelcallfire.send.SendSummary.class).getIds()[0];
        long inbound = textAt(F + 20);
        CreatedWatermark rule = CreatedWatermark.fresh(TEXTS, new PollSettings(StartFrom.parse("NOW"), 50, true,
                10_000), F);

        List<Object> due = rule.due(texts(10), F + 100, 10);
        assertThat(ids(due)).containsExactly(inbound);
        due.forEach(rule::completed);
        assertThat(rule.encode()).startsWith("t2|" + F + "|" + (F + 20) + "|" + inbound + "|" + (F + 10) + "|"
                + (F + 10) + "|");
        assertThat(rule.due(texts(10), F + 9_999, 10)).isEmpty();

        List<Object> tooOld = rule.due(texts(10), F + 10_010, 10);
        assertThat(ids(tooOld)).containsExactly(outbound);
        tooOld.forEach(rule::completed);
        assertThat(rule.due(texts(10), F + 10_020, 10)).isEmpty();
        assertThat(rule.encode()).contains("|-|");
    }

    /** Guards the final state check: a text that finished while waiting is emitted at once. */
    @Test
    void withEmitFinalOnlyATextIsEmittedOnceFinished() {
        SANDBOX.sandbox().clock().set(F + 10);
        long outbound = context.createProducerTemplate().requestBody("callfire:texts/send?toNumber=12135550177"
                + "&sendResult=IDS", "pending", io.github.camelcallfire.send.SendSummary.class).getIds()[0];
        CreatedWatermark rule = CreatedWatermark.fresh(TEXTS, new PollSettings(StartFrom.parse("NOW"), 50, true,
                3_600_000), F);
        assertThat(rule.due(texts(10), F + 100, 10)).isEmpty();

        SANDBOX.sandbox().clock().set(F + 120_000);

        assertThat(ids(rule.due(texts(10), F + 200, 10))).containsExactly(outbound);
    }

    /**
     * Guards the id watermark: starting from NOW, the first walk only records the highest id; then only higher ids
     * are new, lowest first, up to the budget. From BEGINNING every contact is new.
     */
    @Test
    void anIdWatermarkEmitsOnlyHigherIdsLowestFirst() {
        List<Long> before = createContacts(3);
        NewItemRule fromNow = SavedPositionTest.restore(CONTACTS, false, "NOW", null, 0);
        NewItemRule fromBeginning = SavedPositionTest.restore(CONTACTS, false, "BEGINNING", null, 0);

        assertThat(fromNow.due(contacts(), 0, 10)).isEmpty();
        assertThat(fromNow.encode()).isEqualTo("i1|" + before.get(2));
        List<Long> after = createContacts(3);
        List<Object> due = fromNow.due(contacts(), 0, 2);
        assertThat(ids(due, CONTACTS)).containsExactly(after.get(0), after.get(1));
        due.forEach(fromNow::completed);
        assertThat(ids(fromNow.due(contacts(), 0, 10), CONTACTS)).containsExactly(after.get(2));

        assertThat(ids(fromBeginning.due(contacts(), 0, 10), CONTACTS)).containsExactly(before.get(0),
                before.get(1), before.get(2), after.get(0), after.get(1), after.get(2));
    }

    /**
     * Guards {@code SliceEnd.choose}: no probe when the cursor is at now, the whole range when the backlog is small,
     * otherwise an end whose slice holds between budget and twice that many texts, or a millisecond that alone holds
     * more, whole; and the cost of the search: an evenly spread backlog is sliced with three count requests (a
     * broken interpolation falls back to halving and needs many more).
     */
    @Test
    void aPollOverALargeBacklogWalksASliceOfBudgetToTwiceBudgetTexts() {
        for (int i = 1; i <= 100; i++) {
            textAt(F + i * 10L);
        }
        long requests = SANDBOX.sandbox().requestCount();
        assertThat(SliceEnd.choose(texts(50), TEXTS, F + 2000, F + 2000, 10)).isEqualTo(F + 2000);
        assertThat(SliceEnd.choose(texts(50), TEXTS, F + 3000, F + 2000, 10)).isEqualTo(F + 2000);
        assertThat(SANDBOX.sandbox().requestCount()).isEqualTo(requests);

        assertThat(SliceEnd.choose(texts(50), TEXTS, F + 800, F + 5000, 10)).isEqualTo(F + 5000);
        assertThat(SliceEnd.choose(texts(50), TEXTS, F, F + 5000, 100)).isEqualTo(F + 5000);

        for (int budget : new int[] { 1, 7, 10, 33 }) {
            long before = SANDBOX.sandbox().requestCount();
            long end = SliceEnd.choose(texts(50), TEXTS, F, F + 5000, budget);
            long probes = SANDBOX.sandbox().requestCount() - before;
            long inSlice = texts(50).probe(F + 1, end, 0).count();
            assertThat(end).isBetween(F + 1, F + 5000);
            // one count of the range, one for its oldest text, one guess: interpolation hits an even backlog at once
            assertThat(probes).as("count requests for budget %d", budget).isLessThanOrEqualTo(3);
            assertThat(inSlice).as("texts in the slice for budget %d", budget).isBetween((long) budget,
                    2L * budget);
        }
    }

    /** Guards the end of a slice inside a crowded millisecond: it ends with that millisecond, whole. */
    @Test
    void aSliceNeverEndsInsideAMillisecond() {
        for (int i = 0; i < 30; i++) {
            textAt(F + 7);
        }
        for (int i = 1; i <= 30; i++) {
            textAt(F + 7 + i);
        }

        assertThat(SliceEnd.choose(texts(50), TEXTS, F, F + 1000, 5)).isEqualTo(F + 7);
        assertThat(SliceEnd.choose(texts(50), TEXTS, F + 7, F + 1000, 5)).isBetween(F + 12, F + 17);
    }

    /** Guards {@code FindWalk.probe}: the count of the range and its newest item; nothing for an empty range. */
    @Test
    void aProbeCountsTheRangeAndGivesItsNewestItem() {
        textAt(F + 1);
        long newest = textAt(F + 2);
        textAt(F + 9);

        FindWalk.Range range = texts(5).probe(F, F + 5, 0);
        FindWalk.Range oldest = texts(5).probe(F, F + 5, 1);
        FindWalk.Range empty = texts(5).probe(F + 3, F + 8, 0);
        FindWalk.Range reversed = texts(5).probe(F + 9, F + 1, 0);

        assertThat(range.count()).isEqualTo(2);
        assertThat(TEXTS.id(range.item())).isEqualTo(newest);
        assertThat(TEXTS.created(oldest.item())).isEqualTo(F + 1);
        assertThat(empty.count()).isZero();
        assertThat(empty.item()).isNull();
        assertThat(reversed.count()).as("an end before the begin is the begin's millisecond").isEqualTo(1);
    }

    /**
     * Guards the skip of items without id or creation time (a {@code fields} filter that leaves them out): they can
     * be neither ordered nor remembered, so they are not emitted, and the walk does not fail on them.
     */
    @Test
    void itemsWithoutIdOrCreationTimeAreSkipped() {
        textAt(F + 1);
        textAt(F + 2);
        CreatedWatermark rule = CreatedWatermark.fresh(TEXTS, settings(5000, false), F);
        IdWatermark ids = IdWatermark.decode("i1|0", TEXTS);

        assertThat(rule.due(textsWithFields("items(id)"), F + 100, 10)).isEmpty();
        assertThat(rule.due(textsWithFields("items(created)"), F + 100, 10)).isEmpty();
        assertThat(ids.due(textsWithFields("items(created)"), F + 100, 10)).isEmpty();
        assertThat(ids.due(textsWithFields("items(id,created)"), F + 100, 10)).hasSize(2);
        IdWatermark fromNow = IdWatermark.decode("i1|-", TEXTS);
        assertThat(fromNow.due(textsWithFields("items(created)"), F + 100, 10)).isEmpty();
        assertThat(fromNow.encode()).isEqualTo("i1|0");
    }

    /** Guards {@code OldestItems}: the oldest up to the limit, each id once, and whether any was left out. */
    @Test
    void oldestItemsKeepsTheOldestEachOnce() {
        Comparator<Object> order = Comparator.comparing(TEXTS::created);
        OldestItems two = new OldestItems(2, order, TEXTS::id);
        two.offer(SavedPositionTest.text(3, 30));
        two.offer(SavedPositionTest.text(1, 10));
        two.offer(SavedPositionTest.text(1, 10));
        assertThat(two.droppedAny()).isFalse();
        two.offer(SavedPositionTest.text(2, 20));

        assertThat(ids(two.oldestFirst())).containsExactly(1L, 2L);
        assertThat(two.droppedAny()).isTrue();
        two.offer(SavedPositionTest.text(3, 30));
        assertThat(ids(two.oldestFirst())).containsExactly(1L, 2L);
    }

    private long textAt(long created) {
        SANDBOX.sandbox().clock().set(created);
        return SANDBOX.sandbox().injectInboundText(HANDSET, OUR_NUMBER, "at " + created);
    }

    @SuppressWarnings("unchecked")
    private List<Long> createContacts(int count) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Contact contact = new Contact();
            contact.setFirstName("c" + i);
            contacts.add(contact);
        }
        ItemList<ResourceId> created = context.createProducerTemplate().requestBody("callfire:contacts/create",
                contacts, ItemList.class);
        return created.getItems().stream().map(ResourceId::getId).toList();
    }

    private FindWalk texts(long pageSize) {
        return new FindWalk(executor, CallfireOperation.FIND_TEXTS,
                new Object[CallfireOperation.FIND_TEXTS.params().size()], pageSize);
    }

    private FindWalk textsWithFields(String fields) {
        Object[] filters = new Object[CallfireOperation.FIND_TEXTS.params().size()];
        filters[CallfireOperation.FIND_TEXTS.indexOf("fields")] = fields;
        return new FindWalk(executor, CallfireOperation.FIND_TEXTS, filters, 10);
    }

    private FindWalk contacts() {
        return new FindWalk(executor, CallfireOperation.FIND_CONTACTS,
                new Object[CallfireOperation.FIND_CONTACTS.params().size()], 2);
    }

    private static PollSettings settings(long lookBackMs, boolean emitFinalOnly) {
        return new PollSettings(StartFrom.parse("NOW"), lookBackMs, emitFinalOnly, 3_600_000);
    }

    private static List<Long> ids(List<Object> items) {
        return ids(items, TEXTS);
    }

    private static List<Long> ids(List<Object> items, ItemFields fields) {
        return items.stream().map(fields::id).toList();
    }
}
