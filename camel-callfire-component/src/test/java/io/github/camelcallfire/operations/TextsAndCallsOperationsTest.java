package io.github.camelcallfire.operations;

import io.github.camelcallfire.model.ActionState;
import io.github.camelcallfire.model.Call;
import io.github.camelcallfire.model.CallRecording;
import io.github.camelcallfire.model.Text;
import io.github.camelcallfire.model.TextAutoReply;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** texts, calls, call recordings and text auto-replies. */
class TextsAndCallsOperationsTest extends OperationsTestSupport {

    private static final String HANDSET = "12135551100";
    private static final String OUR_NUMBER = "12135550100";

    @Test
    void sendsTextsAndFindsThemDelivered() {
        List<Text> sent = itemList("callfire:texts/send?sendResult=FULL&toNumber=" + HANDSET, "Hello from a route", Text.class);

        assertThat(sent).singleElement().extracting(Text::getMessage).isEqualTo("Hello from a route");
        List<Text> found = page("callfire:texts/find?limit=10&toNumber=" + HANDSET, Text.class);
        assertThat(found).singleElement().satisfies(text -> {
            assertThat(text.getId()).isEqualTo(sent.get(0).getId());
            assertThat(text.getState()).isEqualTo(ActionState.FINISHED);
        });
    }

    @Test
    void sendsCallsAndFindsThemFinished() {
        List<Call> sent = itemList("callfire:calls/send?sendResult=FULL&toNumber=" + HANDSET, "Your table is ready", Call.class);
        long callId = sent.get(0).getId();

        Call call = call("callfire:calls/get?id=" + callId, null, Call.class);
        assertThat(call.getToNumber()).isEqualTo(HANDSET);
        assertThat(call.getState()).isEqualTo(ActionState.FINISHED);
        assertThat(page("callfire:calls/find?limit=10&toNumber=" + HANDSET, Call.class))
                .extracting(Call::getId).containsExactly(callId);
    }

    @Test
    void readsTheRecordingOfAnAnsweredCallByIdAndByName() {
        long callId = itemList("callfire:calls/send?sendResult=FULL&toNumber=" + HANDSET, "Please hold", Call.class).get(0).getId();
        call("callfire:calls/get?id=" + callId, null, Call.class);

        List<CallRecording> recordings = itemList("callfire:calls/get-recordings?id=" + callId, null,
                CallRecording.class);
        assertThat(recordings).hasSize(1);
        CallRecording recording = recordings.get(0);
        assertThat(recording.getCallId()).isEqualTo(callId);
        assertThat(call("callfire:calls/get-recording?id=" + recording.getId(), null, CallRecording.class).getName())
                .isEqualTo(recording.getName());
        assertThat(call("callfire:calls/get-recording-by-name?id=" + callId + "&name=" + recording.getName(), null,
                CallRecording.class).getId()).isEqualTo(recording.getId());

        byte[] byId = download("callfire:calls/get-recording-mp3?id=" + recording.getId());
        byte[] byName = download("callfire:calls/get-recording-mp3-by-name?id=" + callId + "&name="
                + recording.getName());
        assertThat(isMp3(byId)).isTrue();
        assertThat(byName).isEqualTo(byId);
        assertThat((long) byId.length).isEqualTo(recording.getLengthInBytes());
    }

    @Test
    void autoReplyAnswersInboundTextsUntilDeleted() {
        TextAutoReply reply = new TextAutoReply();
        reply.setNumber(OUR_NUMBER);
        reply.setKeyword("HOURS");
        reply.setMessage("Open 9 to 5");

        long id = create("callfire:auto-replies/create", reply);

        assertThat(call("callfire:auto-replies/get?id=" + id, null, TextAutoReply.class).getMessage())
                .isEqualTo("Open 9 to 5");
        assertThat(page("callfire:auto-replies/find?number=" + OUR_NUMBER, TextAutoReply.class))
                .extracting(TextAutoReply::getId).containsExactly(id);
        sandbox().injectInboundText(HANDSET, OUR_NUMBER, "HOURS please");
        assertThat(page("callfire:texts/find?inbound=false&limit=10&toNumber=" + HANDSET, Text.class))
                .extracting(Text::getMessage).containsExactly("Open 9 to 5");

        act("callfire:auto-replies/delete?id=" + id, null);

        assertNotFound("callfire:auto-replies/get?id=" + id);
    }
}
