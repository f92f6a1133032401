package io.github.camelcallfire.sandbox.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelcallfire.sandbox.SandboxHttp;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import io.github.camelcallfire.sandbox.store.AudioSynth;

class MediaApiTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final byte[] MP4 = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private SandboxHttp http() {
        return new SandboxHttp(SANDBOX.sandbox());
    }

    private long upload(String name, String fileName, byte[] data) {
        SandboxHttp.Reply reply = http().postMultipart("/media", name == null ? Map.of() : Map.of("name", name),
                fileName, data);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().size()).isEqualTo(1);
        return reply.json().get("id").asLong();
    }

    @Test
    void uploadsMediaTypedByContent() {
        long id = upload("Logo", "logo.bin", PNG);

        JsonNode media = http().get("/media/" + id).json();

        assertThat(media.get("name").asText()).isEqualTo("Logo");
        assertThat(media.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(media.get("lengthInBytes").asInt()).isEqualTo(PNG.length);
        assertThat(media.has("created")).isTrue();
        assertThat(media.get("publicUrl").asText()).startsWith(SANDBOX.sandbox().baseUrl() + "/media/public/")
                .endsWith(".png");
        assertThat(http().get("/media/" + upload(null, "clip.mp4", MP4)).json().get("mediaType").asText())
                .isEqualTo("video/mp4");
        assertThat(http().get("/media/" + upload(null, "a.wav", AudioSynth.wav(1))).json().get("mediaType").asText())
                .isEqualTo("audio/x-wav");
    }

    @Test
    void fallsBackToTheExtensionForUnrecognisedContent() {
        long id = upload(null, "photo.gif", "not really a gif".getBytes(StandardCharsets.UTF_8));

        JsonNode media = http().get("/media/" + id).json();

        assertThat(media.get("name").asText()).isEqualTo("photo.gif");
        assertThat(media.get("mediaType").asText()).isEqualTo("image/gif");
    }

    @Test
    void rejectsUnsupportedFilesNamingThem() {
        SandboxHttp.Reply reply = http().postMultipart("/media", Map.of("name", "doc"), "report.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("report.pdf");
        assertThat(http().postMultipart("/media", Map.of("name", "x"), null, null).status()).isEqualTo(400);
        assertThat(http().get("/media").json().get("totalCount").asInt()).isZero();
    }

    @Test
    void servesTheBytesByIdExtensionAndAsBinary() {
        long id = upload("photo", "p.jpg", JPEG);

        SandboxHttp.Reply byExtension = http().get("/media/" + id + ".jpg");
        SandboxHttp.Reply byAlias = http().get("/media/" + id + ".jpeg");
        SandboxHttp.Reply binary = http().get("/media/" + id + "/file");

        assertThat(byExtension.status()).isEqualTo(200);
        assertThat(byExtension.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(byExtension.bytes()).isEqualTo(JPEG);
        assertThat(byAlias.bytes()).isEqualTo(JPEG);
        assertThat(binary.header("Content-Type")).isEqualTo("application/binary");
        assertThat(binary.bytes()).isEqualTo(JPEG);
        assertThat(http().get("/media/" + id + ".png").status()).isEqualTo(404);
        assertThat(http().get("/media/999.jpg").status()).isEqualTo(404);
    }

    @Test
    void downloadsWavMediaWithTheSpecifiedContentType() {
        byte[] wav = AudioSynth.wav(1);
        long id = upload("beep", "beep.wav", wav);

        SandboxHttp.Reply download = http().get("/media/" + id + ".wav");

        assertThat(download.header("Content-Type")).isEqualTo("audio/wav");
        assertThat(download.bytes()).isEqualTo(wav);
    }

    @Test
    void servesTheBytesAtThePublicUrlBehindBasicAuthAsSpecified() throws Exception {
        long id = upload("photo", "p.png", PNG);
        String publicUrl = http().get("/media/" + id).json().get("publicUrl").asText();

        HttpResponse<byte[]> viaKey = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(publicUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(viaKey.statusCode()).isEqualTo(401);
        SandboxHttp.Reply authenticated = http().get(publicUrl.substring(SANDBOX.sandbox().baseUrl().length()));
        assertThat(authenticated.status()).isEqualTo(200);
        assertThat(authenticated.header("Content-Type")).isEqualTo("image/png");
        assertThat(authenticated.bytes()).isEqualTo(PNG);
        assertThat(http().get("/media/public/0123456789abcdef.png").status()).isEqualTo(404);
    }

    private static byte[] otherPng() {
        byte[] other = PNG.clone();
        other[other.length - 1] = 14;
        return other;
    }

    @Test
    void refusesTheSameFileUploadedAgainNamingTheMediaIdItHas() {
        long first = upload("Logo", "logo.png", PNG);

        SandboxHttp.Reply again = http().postMultipart("/media", Map.of("name", "Logo again"), "logo2.png", PNG);

        assertThat(again.status()).isEqualTo(400);
        String message = again.json().get("message").asText();
        assertThat(message).isEqualTo("This file was already uploaded as 'Logo', mediaId: " + first);
        assertThat(message.substring(message.indexOf("mediaId:") + "mediaId: ".length())).isEqualTo("" + first);
        assertThat(http().get("/media").json().get("totalCount").asInt()).isEqualTo(1);
        assertThat(upload("Other", "other.png", otherPng())).isNotEqualTo(first);
    }

    @Test
    void findsMediaByNameNewestFirst() {
        long logo = upload("Company logo", "a.png", PNG);
        upload("Jingle", "j.mp3", AudioSynth.mp3(1));
        long smallLogo = upload("small LOGO", "b.png", otherPng());

        JsonNode page = http().get("/media?filter=logo").json();

        assertThat(page.get("totalCount").asInt()).isEqualTo(2);
        assertThat(page.get("items").findValues("id").stream().map(JsonNode::asLong).toList())
                .containsExactly(smallLogo, logo);
        assertThat(http().get("/media").json().get("totalCount").asInt()).isEqualTo(3);
    }
}
