package io.github.camelcallfire;

import io.github.camelcallfire.model.CampaignSound;
import io.github.camelcallfire.model.ContactList;
import io.github.camelcallfire.model.ResourceId;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BinaryTransferTest extends CallfireTestSupport {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3, 4, 5 };

    @Test
    void uploadedMediaBytesComeBackAsAStream() throws Exception {
        Exchange uploaded = template.request("callfire:media/upload?name=logo&fileName=logo.png",
                e -> e.getMessage().setBody(PNG));
        long id = uploaded.getMessage().getHeader(CallfireConstants.CREATED_ID, Long.class);

        Exchange downloaded = template.request("callfire:media/get-file?id=" + id, e -> { });

        assertThat(uploaded.getMessage().getBody()).isEqualTo(ResourceId.of(id));
        assertThat(downloaded.getMessage().getBody()).isInstanceOf(InputStream.class);
        try (InputStream stream = downloaded.getMessage().getBody(InputStream.class)) {
            assertThat(stream.readAllBytes()).isEqualTo(PNG);
        }
        assertThat(downloaded.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class)).isNotBlank();
    }

    @Test
    void soundUploadedFromAPathCanBeDownloadedAsMp3(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("greeting.mp3");
        Files.write(file, new byte[] { 'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0 });

        CampaignSound sound = template.requestBody("callfire:sounds/upload?name=greeting", file, CampaignSound.class);
        Exchange mp3 = template.request("callfire:sounds/get-mp3?id=" + sound.getId(), e -> { });

        assertThat(sound.getName()).isEqualTo("greeting");
        try (InputStream stream = mp3.getMessage().getBody(InputStream.class)) {
            assertThat(stream.readAllBytes()).isNotEmpty();
        }
        assertThat(mp3.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class)).startsWith("audio/");
    }

    @Test
    void csvStreamCreatesAContactList() {
        InputStream csv = new ByteArrayInputStream("firstName,mobilePhone\nAda,12135554001\nBob,12135554002\n"
                .getBytes(StandardCharsets.UTF_8));

        Object created = template.requestBodyAndHeaders("callfire:contact-lists/upload", csv,
                Map.of(CallfireConstants.NAME, "imported", CallfireConstants.FILE_NAME, "contacts.csv"));
        long id = ((ResourceId) created).getId();
        ContactList list = template.requestBody("callfire:contact-lists/get?id=" + id, null, ContactList.class);

        assertThat(list.getName()).isEqualTo("imported");
    }
}
