package io.github.camelcallfire.sandbox.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Recognises uploaded sound files (MP3, WAV) and measures how long they play. */
public final class AudioFiles {

    public static final String MP3 = "mp3";
    public static final String WAV = "wav";

    private static final int[] MPEG1_L3_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] MPEG2_L3_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[][] SAMPLE_RATES = {
            {11025, 12000, 8000},   // MPEG 2.5
            null,                   // reserved
            {22050, 24000, 16000},  // MPEG 2
            {44100, 48000, 32000},  // MPEG 1
    };

    private AudioFiles() {
    }

    /** "mp3" or "wav" from the leading bytes, else from the file name's extension. */
    public static Optional<String> format(byte[] data, String fileName) {
        if (isWav(data)) {
            return Optional.of(WAV);
        }
        if (startsWith(data, "ID3") || mpegFrameAt(data, 0) > 0) {
            return Optional.of(MP3);
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mp3")) {
            return Optional.of(MP3);
        }
        if (lower.endsWith(".wav")) {
            return Optional.of(WAV);
        }
        return Optional.empty();
    }

    /** Whole seconds of playback (at least 1); unreadable headers fall back to a 128 kbit/s estimate. */
    public static int lengthInSeconds(byte[] data, String format) {
        double seconds = WAV.equals(format) ? wavSeconds(data) : mp3Seconds(data);
        if (seconds <= 0) {
            seconds = data.length / 16000.0;
        }
        return (int) Math.max(1, Math.round(seconds));
    }

    static boolean isWav(byte[] data) {
        return data.length >= 12 && startsWith(data, "RIFF") && new String(data, 8, 4,
                StandardCharsets.US_ASCII).equals("WAVE");
    }

    private static double wavSeconds(byte[] data) {
        if (!isWav(data)) {
            return 0;
        }
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int byteRate = 0;
        int pos = 12;
        while (pos + 8 <= data.length) {
            String id = new String(data, pos, 4, StandardCharsets.US_ASCII);
            long size = in.getInt(pos + 4) & 0xFFFFFFFFL;
            if (id.equals("fmt ") && pos + 20 <= data.length) {
                byteRate = in.getInt(pos + 16);
            } else if (id.equals("data")) {
                long available = Math.min(size, data.length - pos - 8L);
                return byteRate > 0 ? (double) available / byteRate : 0;
            }
            pos += 8 + (int) size + (int) (size & 1);
        }
        return 0;
    }

    private static double mp3Seconds(byte[] data) {
        int pos = skipId3v2(data);
        double seconds = 0;
        int frameLength;
        while ((frameLength = mpegFrameAt(data, pos)) > 0) {
            seconds += frameSeconds(data, pos);
            pos += frameLength;
        }
        return seconds;
    }

    private static int skipId3v2(byte[] data) {
        if (!startsWith(data, "ID3") || data.length < 10) {
            return 0;
        }
        int size = (data[6] & 0x7F) << 21 | (data[7] & 0x7F) << 14 | (data[8] & 0x7F) << 7 | (data[9] & 0x7F);
        boolean footer = (data[5] & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    /** Length in bytes of the Layer III frame starting at {@code pos}, or 0 when no valid header is there. */
    static int mpegFrameAt(byte[] data, int pos) {
        if (pos < 0 || pos + 4 > data.length || (data[pos] & 0xFF) != 0xFF || (data[pos + 1] & 0xE0) != 0xE0) {
            return 0;
        }
        int version = (data[pos + 1] >> 3) & 0x3;
        int layer = (data[pos + 1] >> 1) & 0x3;
        int bitrateIndex = (data[pos + 2] >> 4) & 0xF;
        int rateIndex = (data[pos + 2] >> 2) & 0x3;
        if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return 0;
        }
        int padding = (data[pos + 2] >> 1) & 0x1;
        int sampleRate = SAMPLE_RATES[version][rateIndex];
        boolean mpeg1 = version == 3;
        int kbps = (mpeg1 ? MPEG1_L3_KBPS : MPEG2_L3_KBPS)[bitrateIndex];
        int length = (mpeg1 ? 144 : 72) * kbps * 1000 / sampleRate + padding;
        return pos + length <= data.length ? length : 0;
    }

    private static double frameSeconds(byte[] data, int pos) {
        int version = (data[pos + 1] >> 3) & 0x3;
        int sampleRate = SAMPLE_RATES[version][(data[pos + 2] >> 2) & 0x3];
        return (version == 3 ? 1152.0 : 576.0) / sampleRate;
    }

    private static boolean startsWith(byte[] data, String prefix) {
        if (data.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (data[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
