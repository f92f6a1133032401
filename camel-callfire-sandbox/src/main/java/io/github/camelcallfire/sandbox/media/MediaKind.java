package io.github.camelcallfire.sandbox.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The media CallFire accepts for MMS: the extension it serves them under, the MIME type its Media JSON reports, and
 * the Content-Type of downloads, which the spec spells differently for BMP and WAV.
 */
public enum MediaKind {
    BMP("bmp", "image/bmp", "image/x-bmp"),
    GIF("gif", "image/gif", "image/gif"),
    JPG("jpg", "image/jpeg", "image/jpeg"),
    PNG("png", "image/png", "image/png"),
    MP3("mp3", "audio/mp3", "audio/mp3"),
    MP4("mp4", "video/mp4", "video/mp4"),
    M4A("m4a", "audio/m4a", "audio/m4a"),
    WAV("wav", "audio/x-wav", "audio/wav");

    private final String extension;
    private final String mimeType;
    private final String downloadType;

    MediaKind(String extension, String mimeType, String downloadType) {
        this.extension = extension;
        this.mimeType = mimeType;
        this.downloadType = downloadType;
    }

    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String downloadType() {
        return downloadType;
    }

    /** True for this kind's extension, or "jpeg" for JPG. */
    public boolean servedAs(String requestedExtension) {
        String ext = requestedExtension.toLowerCase(Locale.ROOT);
        return ext.equals(extension) || (this == JPG && ext.equals("jpeg"));
    }

    /** The kind from the file's leading bytes, else from its name's extension. */
    public static Optional<MediaKind> detect(byte[] data, String fileName) {
        Optional<MediaKind> byContent = byMagic(data);
        if (byContent.isPresent()) {
            return byContent;
        }
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1);
        return Arrays.stream(values()).filter(k -> k.servedAs(ext)).findFirst();
    }

    private static Optional<MediaKind> byMagic(byte[] d) {
        if (startsWith(d, 0, "BM")) {
            return Optional.of(BMP);
        }
        if (startsWith(d, 0, "GIF8")) {
            return Optional.of(GIF);
        }
        if (d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
            return Optional.of(JPG);
        }
        if (d.length >= 4 && (d[0] & 0xFF) == 0x89 && startsWith(d, 1, "PNG")) {
            return Optional.of(PNG);
        }
        if (startsWith(d, 4, "ftyp")) {
            return Optional.of(startsWith(d, 8, "M4A") ? M4A : MP4);
        }
        return AudioFiles.format(d, null).map(f -> f.equals(AudioFiles.WAV) ? WAV : MP3);
    }

    private static boolean startsWith(byte[] data, int offset, String ascii) {
        byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
