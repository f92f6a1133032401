package io.github.camelcallfire.operations;

import io.github.camelcallfire.model.CallCreateSound;
import io.github.camelcallfire.model.CampaignSound;
import io.github.camelcallfire.model.CampaignSoundStatus;
import io.github.camelcallfire.model.Media;
import io.github.camelcallfire.model.TextToSpeech;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Campaign sounds (text-to-speech, recorded by phone, uploaded) and media files. */
class MediaAndSoundOperationsTest extends OperationsTestSupport {

    /** The eight-byte PNG signature followed by arbitrary content: enough for the media type to be recognised. */
    private static final byte[] PNG = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "not really an image".getBytes(StandardCharsets.US_ASCII));

    @Test
    void synthesizedSoundDownloadsAsMp3AndWavAndUploadsAgain() {
        TextToSpeech tts = new TextToSpeech();
        tts.setMessage("Thank you for calling");
        CampaignSound spoken = call("callfire:sounds/create-from-tts", tts, CampaignSound.class);

        assertThat(call("callfire:sounds/get?id=" + spoken.getId(), null, CampaignSound.class).getStatus())
                .isEqualTo(CampaignSoundStatus.ACTIVE);
        assertThat(isMp3(download("callfire:sounds/get-mp3?id=" + spoken.getId()))).isTrue();
        byte[] wav = download("callfire:sounds/get-wav?id=" + spoken.getId());
        assertThat(isWav(wav)).isTrue();

        CampaignSound uploaded = call("callfire:sounds/upload?name=Greeting&fileName=greeting.wav",
                new ByteArrayInputStream(wav), CampaignSound.class);
        assertThat(uploaded.getName()).isEqualTo("Greeting");
        assertThat(download("callfire:sounds/get-wav?id=" + uploaded.getId())).isEqualTo(wav);
        assertThat(page("callfire:sounds/find?filter=greeting", CampaignSound.class))
                .extracting(CampaignSound::getId).containsExactly(uploaded.getId());
    }

    @Test
    void soundRecordedByPhoneBecomesActiveAndDeletedSoundsLeaveTheLibrary() {
        CallCreateSound request = new CallCreateSound();
        request.setName("Voicemail greeting");
        request.setToNumber("12132000384");
        CampaignSound recorded = call("callfire:sounds/record-via-phone", request, CampaignSound.class);
        sandbox().clock().advance(60_000);

        assertThat(call("callfire:sounds/get?id=" + recorded.getId(), null, CampaignSound.class).getStatus())
                .isEqualTo(CampaignSoundStatus.ACTIVE);

        act("callfire:sounds/delete?id=" + recorded.getId(), null);

        assertThat(call("callfire:sounds/get?id=" + recorded.getId(), null, CampaignSound.class).getStatus())
                .isEqualTo(CampaignSoundStatus.ARCHIVED);
        assertThat(page("callfire:sounds/find?filter=voicemail", CampaignSound.class)).isEmpty();
        assertThat(page("callfire:sounds/find?filter=voicemail&includeArchived=true", CampaignSound.class))
                .extracting(CampaignSound::getId).containsExactly(recorded.getId());
    }

    @Test
    void uploadedMediaDownloadsByIdExtensionFileAndPublicKey() {
        long id = create("callfire:media/upload?name=Logo&fileName=logo.png", PNG);

        Media media = call("callfire:media/get?id=" + id, null, Media.class);
        assertThat(media.getName()).isEqualTo("Logo");
        assertThat(media.getLengthInBytes()).isEqualTo((long) PNG.length);
        assertThat(download("callfire:media/get-data?extension=png&id=" + id)).isEqualTo(PNG);
        assertThat(download("callfire:media/get-file?id=" + id)).isEqualTo(PNG);

        String publicFile = media.getPublicUrl().substring(media.getPublicUrl().lastIndexOf('/') + 1);
        String key = publicFile.substring(0, publicFile.lastIndexOf('.'));
        assertThat(download("callfire:media/get-public-data?extension=png&key=" + key)).isEqualTo(PNG);
        assertNotFound("callfire:media/get-data?extension=mp3&id=" + id);
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
