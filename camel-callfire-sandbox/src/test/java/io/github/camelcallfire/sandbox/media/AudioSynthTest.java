package io.github.camelcallfire.sandbox.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.github.camelcallfire.sandbox.store.AudioSynth;

/** Reads the synthesized files with an independent decoder of their headers. */
class AudioSynthTest {

    private static final int[] MPEG1_LAYER3_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] MPEG1_SAMPLE_RATES = {44100, 48000, 32000};

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 1, 2.5, 10, 61})
    void mp3IsASequenceOfWellFormedLayer3FramesLastingTheRequestedTime(double seconds) {
        byte[] mp3 = AudioSynth.mp3(seconds);

        int pos = 0;
        int frames = 0;
        double duration = 0;
        while (pos < mp3.length) {
            assertThat(mp3.length - pos).as("room for a header at %d", pos).isGreaterThanOrEqualTo(4);
            int header = ByteBuffer.wrap(mp3, pos, 4).getInt();
            assertThat(header >>> 21).as("11-bit sync word at %d", pos).isEqualTo(0x7FF);
            assertThat((header >>> 19) & 0x3).as("MPEG version 1").isEqualTo(3);
            assertThat((header >>> 17) & 0x3).as("Layer III").isEqualTo(1);
            int bitrateIndex = (header >>> 12) & 0xF;
            int rateIndex = (header >>> 10) & 0x3;
            assertThat(bitrateIndex).isBetween(1, 14);
            assertThat(rateIndex).isBetween(0, 2);
            int padding = (header >>> 9) & 0x1;
            int sampleRate = MPEG1_SAMPLE_RATES[rateIndex];
            int frameLength = 144 * MPEG1_LAYER3_KBPS[bitrateIndex] * 1000 / sampleRate + padding;
            assertThat(pos + frameLength).as("frame %d fits", frames).isLessThanOrEqualTo(mp3.length);
            pos += frameLength;
            frames++;
            duration += 1152.0 / sampleRate;
        }
        assertThat(pos).isEqualTo(mp3.length);
        assertThat(frames).isPositive();
        assertThat(duration).isGreaterThanOrEqualTo(seconds - 1e-9).isLessThan(seconds + 1152.0 / 32000);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1, 3, 30})
    void wavIsPcmMono8kHzLastingTheRequestedTime(double seconds) {
        byte[] wav = AudioSynth.wav(seconds);
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(ascii(wav, 0)).isEqualTo("RIFF");
        assertThat(in.getInt(4)).isEqualTo(wav.length - 8);
        assertThat(ascii(wav, 8)).isEqualTo("WAVE");
        assertThat(ascii(wav, 12)).isEqualTo("fmt ");
        assertThat(in.getShort(20)).as("PCM").isEqualTo((short) 1);
        assertThat(in.getShort(22)).as("mono").isEqualTo((short) 1);
        int sampleRate = in.getInt(24);
        int byteRate = in.getInt(28);
        short bits = in.getShort(34);
        assertThat(sampleRate).isEqualTo(8000);
        assertThat(byteRate).isEqualTo(sampleRate * bits / 8);
        assertThat(ascii(wav, 36)).isEqualTo("data");
        int dataBytes = in.getInt(40);
        assertThat(dataBytes).isEqualTo(wav.length - 44);
        assertThat((double) dataBytes / byteRate).isCloseTo(seconds, org.assertj.core.data.Offset.offset(0.001));
        int loudest = 0;
        for (int i = 44; i + 1 < wav.length; i += 2) {
            loudest = Math.max(loudest, Math.abs(in.getShort(i)));
        }
        assertThat(loudest).as("an audible tone").isGreaterThan(1000);
    }

    @Test
    void refusesLengthsThatAreNotPositive() {
        assertThatThrownBy(() -> AudioSynth.mp3(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AudioSynth.wav(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AudioSynth.wav(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void measuresTheLengthOfSynthesizedAndTaggedFiles() {
        assertThat(AudioFiles.lengthInSeconds(AudioSynth.wav(7), AudioFiles.WAV)).isEqualTo(7);
        assertThat(AudioFiles.lengthInSeconds(AudioSynth.mp3(12), AudioFiles.MP3)).isEqualTo(12);
        byte[] frames = AudioSynth.mp3(5);
        byte[] tagged = new byte[20 + frames.length];
        System.arraycopy("ID3".getBytes(StandardCharsets.US_ASCII), 0, tagged, 0, 3);
        tagged[3] = 3;
        tagged[9] = 10;
        System.arraycopy(frames, 0, tagged, 20, frames.length);
        assertThat(AudioFiles.format(tagged, "no-extension")).contains(AudioFiles.MP3);
        assertThat(AudioFiles.lengthInSeconds(tagged, AudioFiles.MP3)).isEqualTo(5);
    }

    private static String ascii(byte[] data, int offset) {
        return new String(data, offset, 4, StandardCharsets.US_ASCII);
    }
}
