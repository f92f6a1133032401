package io.github.camelcallfire.operations;

import io.github.camelcallfire.model.Batch;
import io.github.camelcallfire.model.BatchRequest;
import io.github.camelcallfire.model.BroadcastStatus;
import io.github.camelcallfire.model.Call;
import io.github.camelcallfire.model.CallBroadcast;
import io.github.camelcallfire.model.CallBroadcastSounds;
import io.github.camelcallfire.model.CallBroadcastStats;
import io.github.camelcallfire.model.Recipient;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextBroadcast;
import io.github.camelcallfire.model.TextBroadcastStats;
import io.github.camelcallfire.model.TextRecipient;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text broadcasts (the default {@code broadcastType}), voice broadcasts ({@code broadcastType=CALL}) and their
 * campaign batches. The sandbox delivers at once, so a broadcast is seen RUNNING while it has no recipients yet.
 */
class BroadcastOperationsTest extends OperationsTestSupport {

    @Test
    void textBroadcastRunsItsBatchesAndCountsWhatWasSent() {
        TextBroadcast draft = new TextBroadcast();
        draft.setName("Spring sale");
        draft.setMessage("20% off today");
        long id = create("callfire:broadcasts/create", draft);

        TextBroadcast renamed = new TextBroadcast();
        renamed.setName("Summer sale");
        // the API answers this update with {"id":N} or with nothing (CallFire's samples show both for updates); either is fine here
        call("callfire:broadcasts/update?id=" + id, renamed);
        assertThat(call("callfire:broadcasts/get?id=" + id, null, TextBroadcast.class)).satisfies(b -> {
            assertThat(b.getName()).isEqualTo("Summer sale");
            assertThat(b.getStatus()).isEqualTo(BroadcastStatus.SETUP);
        });

        act("callfire:broadcasts/start?id=" + id, null);
        assertThat(call("callfire:broadcasts/get?id=" + id, null, TextBroadcast.class).getStatus())
                .isEqualTo(BroadcastStatus.RUNNING);
        assertThat(page("callfire:broadcasts/find?running=true&name=Summer", TextBroadcast.class))
                .extracting(TextBroadcast::getId).containsExactly(id);

        long batchId = create("callfire:broadcasts/add-batch?id=" + id, batch("First wave", "12135551201",
                "12135551202"));
        List<Text> added = itemList("callfire:broadcasts/add-recipients?id=" + id,
                List.of(textRecipient("12135551203")), Text.class);
        assertThat(added).extracting(Text::getToNumber).containsExactly("12135551203");

        assertThat(page("callfire:broadcasts/get-batches?id=" + id, Batch.class)).extracting(Batch::getId)
                .contains(batchId).hasSize(2);
        TextBroadcastStats stats = call("callfire:broadcasts/stats?id=" + id, null, TextBroadcastStats.class);
        assertThat(stats.getSentCount()).isEqualTo(3);
        assertThat(call("callfire:broadcasts/get?id=" + id, null, TextBroadcast.class).getStatus())
                .isEqualTo(BroadcastStatus.FINISHED);

        act("callfire:broadcasts/archive?id=" + id, null);
        assertThat(call("callfire:broadcasts/get?id=" + id, null, TextBroadcast.class).getStatus())
                .isEqualTo(BroadcastStatus.ARCHIVED);
        assertThat(page("callfire:broadcasts/find?name=Summer", TextBroadcast.class)).isEmpty();
    }

    @Test
    void stoppedTextBroadcastReportsStopped() {
        TextBroadcast draft = new TextBroadcast();
        draft.setName("Short lived");
        draft.setMessage("hello");
        long id = create("callfire:broadcasts/create?start=true", draft);

        act("callfire:broadcasts/stop?id=" + id, null);

        assertThat(call("callfire:broadcasts/get?id=" + id, null, TextBroadcast.class).getStatus())
                .isEqualTo(BroadcastStatus.STOPPED);
    }

    @Test
    void voiceBroadcastRunsItsBatchesAndCountsItsCalls() {
        long id = create("callfire:broadcasts/create?broadcastType=CALL", callBroadcast("Reminders"));

        CallBroadcast renamed = new CallBroadcast();
        renamed.setName("Appointment reminders");
        act("callfire:broadcasts/update?broadcastType=CALL&id=" + id, renamed);
        assertThat(call("callfire:broadcasts/get?broadcastType=CALL&id=" + id, null, CallBroadcast.class).getName())
                .isEqualTo("Appointment reminders");

        act("callfire:broadcasts/start?broadcastType=CALL&id=" + id, null);
        assertThat(call("callfire:broadcasts/get?broadcastType=CALL&id=" + id, null, CallBroadcast.class)
                .getStatus()).isEqualTo(BroadcastStatus.RUNNING);
        assertThat(page("callfire:broadcasts/find?broadcastType=CALL&running=true", CallBroadcast.class))
                .extracting(CallBroadcast::getId).containsExactly(id);

        long batchId = create("callfire:broadcasts/add-batch?broadcastType=CALL&id=" + id,
                batch("Morning", "12135551301"));
        List<Call> added = itemList("callfire:broadcasts/add-recipients?broadcastType=CALL&id=" + id,
                List.of(recipient("12135551302")), Call.class);
        assertThat(added).extracting(Call::getToNumber).containsExactly("12135551302");

        assertThat(page("callfire:broadcasts/get-batches?broadcastType=CALL&id=" + id, Batch.class))
                .extracting(Batch::getId).contains(batchId).hasSize(2);
        assertThat(page("callfire:broadcasts/get-calls?broadcastType=CALL&id=" + id, Call.class))
                .extracting(Call::getToNumber).containsExactlyInAnyOrder("12135551301", "12135551302");
        // get-calls exists for voice broadcasts only: without broadcastType it is that one (as Camel's catalog lists it)
        assertThat(page("callfire:broadcasts/get-calls?id=" + id, Call.class))
                .extracting(Call::getToNumber).containsExactlyInAnyOrder("12135551301", "12135551302");
        CallBroadcastStats stats = call("callfire:broadcasts/stats?broadcastType=CALL&id=" + id, null,
                CallBroadcastStats.class);
        assertThat(stats.getCallsPlaced()).isEqualTo(2);

        act("callfire:broadcasts/stop?broadcastType=CALL&id=" + id, null);
        act("callfire:broadcasts/archive?broadcastType=CALL&id=" + id, null);
        assertThat(call("callfire:broadcasts/get?broadcastType=CALL&id=" + id, null, CallBroadcast.class)
                .getStatus()).isEqualTo(BroadcastStatus.ARCHIVED);
    }

    @Test
    void stoppedVoiceBroadcastReportsStopped() {
        long id = create("callfire:broadcasts/create?broadcastType=CALL&start=true", callBroadcast("Halted"));

        act("callfire:broadcasts/stop?broadcastType=CALL&id=" + id, null);

        assertThat(call("callfire:broadcasts/get?broadcastType=CALL&id=" + id, null, CallBroadcast.class)
                .getStatus()).isEqualTo(BroadcastStatus.STOPPED);
    }

    @Test
    void campaignBatchCanBeDisabled() {
        TextBroadcast draft = new TextBroadcast();
        draft.setName("Batched");
        draft.setMessage("hi");
        long broadcastId = create("callfire:broadcasts/create", draft);
        long batchId = create("callfire:broadcasts/add-batch?id=" + broadcastId, batch("Later", "12135551401"));

        Batch disabled = new Batch();
        disabled.setEnabled(false);
        act("callfire:batches/update?id=" + batchId, disabled);

        Batch batch = call("callfire:batches/get?id=" + batchId, null, Batch.class);
        assertThat(batch.getBroadcastId()).isEqualTo(broadcastId);
        assertThat(batch.getEnabled()).isFalse();
        assertNotFound("callfire:batches/get?id=" + (batchId + 1000));
    }

    private static CallBroadcast callBroadcast(String name) {
        CallBroadcastSounds sounds = new CallBroadcastSounds();
        sounds.setLiveSoundText("Your appointment is tomorrow");
        CallBroadcast broadcast = new CallBroadcast();
        broadcast.setName(name);
        broadcast.setSounds(sounds);
        return broadcast;
    }

    private static BatchRequest batch(String name, String... numbers) {
        BatchRequest request = new BatchRequest();
        request.setName(name);
        request.setRecipients(Arrays.stream(numbers).map(BroadcastOperationsTest::recipient).toList());
        return request;
    }

    private static Recipient recipient(String number) {
        Recipient recipient = new Recipient();
        recipient.setPhoneNumber(number);
        return recipient;
    }

    private static TextRecipient textRecipient(String number) {
        TextRecipient recipient = new TextRecipient();
        recipient.setPhoneNumber(number);
        return recipient;
    }
}
