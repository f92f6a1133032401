package io.github.camelcallfire.http;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.CallfireTestSupport;
import io.github.camelcallfire.sandbox.control.Recording;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multipart body of an upload as it arrived at the sandbox (a recording keeps it as text): the file part's
 * content type follows the extension of the file name, in any case, after its last dot; an unknown or missing
 * extension is sent as {@code application/octet-stream}; the text parts are UTF-8 plain text. Found by mutation
 * testing (docs/testing.md): the sandbox recognises media by their bytes, so a wrong part type passed every upload
 * test.
 */
class UploadPartsTest extends CallfireTestSupport {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3, 4, 5 };

    /* guards: UploadEntities.contentTypeOf: extension after the last dot, lower-cased, unknown -> octet-stream */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "logo.png, image/png",
            "LOGO.PNG, image/png",
            "photo.Jpeg, image/jpeg",
            "logo.old.gif, image/gif",
            ".png, image/png",
            "logo, application/octet-stream",
            "logo., application/octet-stream",
            "logo.png.bak, application/octet-stream"})
    void theFilePartIsTypedByTheExtensionOfItsName(String fileName, String contentType) {
        Recording uploads = sandbox().record("POST", "/v2/media");

        Exchange exchange = template.request("callfire:media/upload?name=logo", e -> {
            e.getMessage().setHeader(CallfireConstants.FILE_NAME, fileName);
            e.getMessage().setBody(PNG);
        });

        assertThat(exchange.getException()).isNull();
        String body = uploads.bodies().get(uploads.bodies().size() - 1).asText();
        assertThat(part(body, "file")).contains("filename=\"" + fileName + "\"")
                .contains("Content-Type: " + contentType + "\r\n");
    }

    /* guards: the text parts (here the name) are sent as UTF-8 plain text */
    @Test
    void textPartsAreUtf8PlainText() {
        Recording uploads = sandbox().record("POST", "/v2/media");

        template.requestBodyAndHeader("callfire:media/upload?name=logo", PNG, CallfireConstants.FILE_NAME, "logo.png");

        String body = uploads.bodies().get(0).asText();
        assertThat(part(body, "name")).contains("Content-Type: text/plain; charset=UTF-8");
    }

    /* guards: a File, a Path, a stream and a String are each typed by their (given or own) name */
    @Test
    void everyKindOfBodyIsTypedByItsName(@TempDir Path dir) throws Exception {
        Path mp3 = dir.resolve("greeting.MP3");
        Files.write(mp3, new byte[] { 'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0 });
        Recording uploads = sandbox().record("POST", "/v2/.*");

        template.requestBody("callfire:sounds/upload?name=greeting", mp3);
        template.requestBody("callfire:sounds/upload?name=greeting2", mp3.toFile());
        template.requestBodyAndHeader("callfire:sounds/upload?name=greeting3", Files.newInputStream(mp3),
                CallfireConstants.FILE_NAME, "greeting.wav");
        template.requestBodyAndHeaders("callfire:contact-lists/upload", new ByteArrayInputStream(
                "firstName,mobilePhone\nAda,12135554001\n".getBytes()), Map.of(CallfireConstants.NAME, "imported",
                CallfireConstants.FILE_NAME, "contacts.csv"));
        template.requestBodyAndHeaders("callfire:contact-lists/upload", "firstName,mobilePhone\nBob,12135554002\n",
                Map.of(CallfireConstants.NAME, "imported2", CallfireConstants.FILE_NAME, "more.CSV"));

        assertThat(uploads.bodies()).hasSize(5);
        assertThat(part(uploads.bodies().get(0).asText(), "file")).contains("filename=\"greeting.MP3\"")
                .contains("Content-Type: audio/mpeg\r\n");
        assertThat(part(uploads.bodies().get(1).asText(), "file")).contains("filename=\"greeting.MP3\"")
                .contains("Content-Type: audio/mpeg\r\n");
        assertThat(part(uploads.bodies().get(2).asText(), "file")).contains("filename=\"greeting.wav\"")
                .contains("Content-Type: audio/wav\r\n");
        assertThat(part(uploads.bodies().get(3).asText(), "file")).contains("Content-Type: text/csv\r\n");
        assertThat(part(uploads.bodies().get(4).asText(), "file")).contains("filename=\"more.CSV\"")
                .contains("Content-Type: text/csv\r\n");
    }

    /* the headers of the part named {@code name}: from its Content-Disposition line to the blank line */
    private static String part(String multipart, String name) {
        int start = multipart.indexOf("Content-Disposition: form-data; name=\"" + name + "\"");
        assertThat(start).as("a part named %s in %s", name, multipart).isNotNegative();
        int end = multipart.indexOf("\r\n\r\n", start);
        return multipart.substring(start, end + 2);
    }
}
