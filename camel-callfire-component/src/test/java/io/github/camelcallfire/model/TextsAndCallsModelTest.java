package io.github.camelcallfire.model;

import static io.github.camelcallfire.model.ModelSample.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextsAndCallsModelTest {

    static final String INBOUND_TEXT = """
            {"id":11646003,"fromNumber":"12135551100","toNumber":"67076","inbound":true,"state":"FINISHED",
             "campaignId":10,"batchId":11,"finalTextResult":"RECEIVED","message":"JOIN please",
             "contact":{"id":4096,"homePhone":"12135551100","properties":{"source":"keyword"}},
             "labels":["promo","inbound"],"attributes":{"orderId":"A-17"},"created":1700000000000,
             "modified":1700000001000,
             "records":[{"id":5003,"message":"JOIN please","textResult":"RECEIVED","billedAmount":0.0,
                         "finishTime":1700000001000,"toNumber":"67076","callerName":"Jane","switchId":"sw-2",
                         "labels":["promo"]}],
             "media":[{"id":31,"name":"logo.png","mediaType":"image/png"}]}
            """;

    static final String FINISHED_CALL = """
            {"id":22003,"fromNumber":"12132000384","toNumber":"12135551100","inbound":false,"state":"FINISHED",
             "campaignId":0,"finalCallResult":"LA","agentCall":false,"created":1700000000000,"modified":1700000090000,
             "contact":{"id":7,"firstName":"Ann"},"labels":["survey"],"attributes":{"visit":"2"},
             "notes":[{"created":1700000095000,"text":"called back"}],
             "records":[{"id":91,"result":"LA","billedAmount":1.5,"originateTime":1700000001000,
                         "answerTime":1700000005000,"finishTime":1700000090000,"duration":85,
                         "toNumber":"12135551100","callerName":"Ann","switchId":"sw-1","labels":["survey"],
                         "notes":[{"created":1700000091000,"text":"friendly"}],
                         "recordings":[{"id":301,"callId":22003,"name":"answer","state":"READY"}],
                         "questionResponses":[{"question":"rating","response":"5"}]}]}
            """;

    static List<ModelSample> samples() {
        return List.of(
                ModelSample.of(Text.class, INBOUND_TEXT),
                ModelSample.of(TextRecord.class, """
                        {"id":1,"message":"Hi","textResult":"SENT","billedAmount":0.0075,"created":1699999990000,
                         "finishTime":1700000000000}
                        """),
                ModelSample.of(TextRecipient.class, """
                        {"phoneNumber":"12135551100","contactId":12,"fromNumber":"12132000384","message":"Hi ${name}",
                         "attributes":{"name":"Bob"},"media":[{"id":31}]}
                        """),
                ModelSample.of(Call.class, FINISHED_CALL),
                ModelSample.of(CallRecord.class, """
                        {"id":91,"result":"AM","callResult":"AM","duration":12,"recordings":[],"questionResponses":[]}
                        """),
                ModelSample.of(CallRecipient.class, """
                        {"phoneNumber":"12135551100","contactId":12,"fromNumber":"12132000384","attributes":{"a":"b"},
                         "liveMessage":"Hello","liveMessageSoundId":1,"machineMessage":"Call us",
                         "machineMessageSoundId":2,
                         "transferMessage":"Transferring","transferMessageSoundId":3,"transferDigit":"1",
                         "transferNumber":"12135550000","voice":"FEMALE2","dialplanXml":"<dialplan/>"}
                        """),
                ModelSample.of(Recipient.class, """
                        {"phoneNumber":"12135551100","contactId":12,"fromNumber":"12132000384","attributes":{"a":"b"}}
                        """),
                ModelSample.of(Note.class, """
                        {"created":1700000000000,"text":"left a message"}
                        """),
                ModelSample.of(QuestionResponse.class, """
                        {"question":"zip","response":"90001"}
                        """),
                ModelSample.of(Media.class, """
                        {"id":31,"accountId":5,"name":"clip","created":1700000000000,"lengthInBytes":20480,
                         "mediaType":"video/webm","publicUrl":"https://example.test/media/public/k.webm"}
                        """),
                ModelSample.of(CallRecording.class, """
                        {"id":301,"callId":22003,"campaignId":10,"name":"answer","created":1700000000000,
                         "lengthInBytes":4096,"lengthInSeconds":9,"hash":"abc123",
                         "mp3Url":"https://example.test/calls/recordings/301.mp3","state":"RECORDING"}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void roundTripsThroughJacksonUnchanged(ModelSample sample) throws Exception {
        RoundTrip.assertUnchanged(sample);
    }

    @Test
    void readsInboundTextWithTypedRecordsContactAndMedia() throws Exception {
        Text text = MAPPER.readValue(INBOUND_TEXT, Text.class);

        assertThat(text.getInbound()).isTrue();
        assertThat(text.getState()).isEqualTo(ActionState.FINISHED);
        assertThat(text.getFinalTextResult()).isEqualTo(TextResult.RECEIVED);
        assertThat(text.getCreated()).isEqualTo(1_700_000_000_000L);
        assertThat(text.getContact().getProperties()).containsEntry("source", "keyword");
        assertThat(text.getRecords()).singleElement()
                .satisfies(record -> assertThat(record.getTextResult()).isEqualTo(TextResult.RECEIVED));
        assertThat(text.getMedia()).singleElement()
                .satisfies(media -> assertThat(media.getMediaType()).isEqualTo("image/png"));
    }

    @Test
    void readsCallRecordsWithRecordingsAndIvrAnswers() throws Exception {
        Call call = MAPPER.readValue(FINISHED_CALL, Call.class);

        assertThat(call.getFinalCallResult()).isEqualTo(CallResult.LA);
        CallRecord record = call.getRecords().get(0);
        assertThat(record.getDuration()).isEqualTo(85L);
        assertThat(record.getBilledAmount()).isEqualTo(1.5);
        assertThat(record.getRecordings().get(0).getState()).isEqualTo(CallRecordingState.READY);
        assertThat(record.getQuestionResponses().get(0).getResponse()).isEqualTo("5");
        assertThat(call.getNotes().get(0).getText()).isEqualTo("called back");
    }

    @Test
    void keepsMediaTypesTheModelHasNeverSeen() throws Exception {
        Media media = MAPPER.readValue("{\"mediaType\":\"image/avif\"}", Media.class);

        assertThat(media.getMediaType()).isEqualTo("image/avif");
    }

    @Test
    void buildsTextRecipientFromNumberAndMessage() throws Exception {
        TextRecipient recipient = TextRecipient.to("12135551100", "Your code is 1234");

        assertThat(MAPPER.writeValueAsString(recipient))
                .isEqualTo("{\"phoneNumber\":\"12135551100\",\"message\":\"Your code is 1234\"}");
    }

    @Test
    void buildsCallRecipientFromNumberAndLiveMessage() throws Exception {
        CallRecipient recipient = CallRecipient.to("12135551100", "Your table is ready");

        assertThat(MAPPER.writeValueAsString(recipient))
                .isEqualTo("{\"phoneNumber\":\"12135551100\",\"liveMessage\":\"Your table is ready\"}");
    }

    @Test
    void buildsRecipientFromNumber() throws Exception {
        assertThat(MAPPER.writeValueAsString(Recipient.to("12135551100")))
                .isEqualTo("{\"phoneNumber\":\"12135551100\"}");
    }
}
