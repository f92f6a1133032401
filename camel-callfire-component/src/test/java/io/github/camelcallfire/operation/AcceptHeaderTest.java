package io.github.camelcallfire.operation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcallfire.http.CallfireJson;
import io.github.camelcallfire.model.CampaignSound;
import io.github.camelcallfire.sandbox.junit.CallfireSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.github.camelcallfire.operation.CallfireOperation.GET_ACCOUNT;
import static io.github.camelcallfire.operation.CallfireOperation.GET_CAMPAIGN_SOUND_DATA_MP3;
import static io.github.camelcallfire.operation.CallfireOperation.POST_TTSCAMPAIGN_SOUND;
import static io.github.camelcallfire.operation.CallfireOperation.SEND_TEXTS;
import static io.github.camelcallfire.operation.SandboxEngine.arguments;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine asks CallFire for JSON, except for downloads, which accept any type (an mp3 asked for as JSON could be
 * refused with 406). The sandbox ignores Accept, so a proxy in front of it reads the header.
 */
class AcceptHeaderTest {

    private static final ObjectMapper JSON = CallfireJson.newObjectMapper();

    @RegisterExtension
    static final CallfireSandboxExtension SANDBOX = new CallfireSandboxExtension();

    private HeadRecordingProxy proxy;
    private SandboxEngine engine;

    @BeforeEach
    void start() throws IOException {
        proxy = new HeadRecordingProxy();
        engine = SandboxEngine.throughProxy(SANDBOX.sandbox(), proxy.port());
    }

    @AfterEach
    void stop() throws IOException {
        engine.close();
        proxy.close();
    }

    @Test
    void asksForJsonExceptForDownloads() throws IOException {
        engine.executor.execute(GET_ACCOUNT, arguments(GET_ACCOUNT), null);
        CampaignSound sound = (CampaignSound) engine.executor.execute(POST_TTSCAMPAIGN_SOUND,
                arguments(POST_TTSCAMPAIGN_SOUND), "{\"message\":\"hello\"}").body();
        try (InputStream mp3 = (InputStream) engine.executor.execute(GET_CAMPAIGN_SOUND_DATA_MP3,
                arguments(GET_CAMPAIGN_SOUND_DATA_MP3, "id", sound.getId()), null).body()) {
            assertThat(mp3.readAllBytes()).isNotEmpty();
        }

        assertThat(proxy.headerOfEach("Accept")).containsExactly("application/json", "application/json", "*/*");
    }

    @Test
    void aChunkOfASendAsksForJson() {
        engine.executor.sendJson(SEND_TEXTS, arguments(SEND_TEXTS),
                "[{\"phoneNumber\":\"12135550001\",\"message\":\"hi\"}]".getBytes(StandardCharsets.UTF_8),
                (bytes, length) -> JSON.readTree(bytes, 0, length));

        assertThat(proxy.headerOfEach("Accept")).containsExactly("application/json");
    }
}
