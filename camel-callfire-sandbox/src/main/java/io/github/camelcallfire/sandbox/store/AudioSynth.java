package io.github.camelcallfire.sandbox.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Generates small but genuine audio files for sounds, recordings and media that have no uploaded bytes in the
 * requested format: players and parsers on the client side must accept what the sandbox serves.
 */
public final class AudioSynth {

    public static final int WAV_SAMPLE_RATE = 8000;
    private static final double TONE_HZ = 440.0;
    private static final double TONE_AMPLITUDE = 0.2 * Short.MAX_VALUE;

    /** MPEG-1 Layer III, 64 kbit/s, 48 kHz, mono, no CRC, "original" bit set. */
    static final byte[] MP3_FRAME_HEADER = {(byte) 0xFF, (byte) 0xFB, (byte) 0x54, (byte) 0xC4};
    /** 144 * bitrate / sampleRate = 144 * 64000 / 48000: an exact byte count, so no frame needs padding. */
    public static final int MP3_FRAME_BYTES = 192;
    public static final int MP3_SAMPLES_PER_FRAME = 1152;
    public static final int MP3_SAMPLE_RATE = 48000;

    private AudioSynth() {
    }

    /** A RIFF/WAVE file, 16-bit PCM, 8 kHz mono, holding a quiet 440 Hz tone of the given length. */
    public static byte[] wav(double seconds) {
        int samples = (int) Math.round(requirePositive(seconds) * WAV_SAMPLE_RATE);
        int dataBytes = samples * 2;
        ByteBuffer out = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        out.put(ascii("fmt ")).putInt(16)
                .putShort((short) 1)                    // PCM
                .putShort((short) 1)                    // mono
                .putInt(WAV_SAMPLE_RATE)
                .putInt(WAV_SAMPLE_RATE * 2)            // byte rate
                .putShort((short) 2)                    // block align
                .putShort((short) 16);                  // bits per sample
        out.put(ascii("data")).putInt(dataBytes);
        for (int i = 0; i < samples; i++) {
            out.putShort((short) Math.round(TONE_AMPLITUDE * Math.sin(2 * Math.PI * TONE_HZ * i / WAV_SAMPLE_RATE)));
        }
        return out.array();
    }

    /**
     * An MPEG audio stream of silent Layer III frames whose count rounds the requested length up to whole frames
     * (24 ms each). All-zero side information declares no Huffman data, which decoders render as silence.
     */
    public static byte[] mp3(double seconds) {
        double frameSeconds = (double) MP3_SAMPLES_PER_FRAME / MP3_SAMPLE_RATE;
        int frames = (int) Math.ceil(requirePositive(seconds) / frameSeconds - 1e-9);
        byte[] out = new byte[frames * MP3_FRAME_BYTES];
        for (int f = 0; f < frames; f++) {
            System.arraycopy(MP3_FRAME_HEADER, 0, out, f * MP3_FRAME_BYTES, MP3_FRAME_HEADER.length);
        }
        return out;
    }

    private static double requirePositive(double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("audio length must be a positive number of seconds, got " + seconds);
        }
        return seconds;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
