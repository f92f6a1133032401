package io.github.camelcallfire.http;

import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Builds the multipart/form-data body of an upload: the {@code file} part plus text parts such as {@code name}. */
public final class UploadEntities {

    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("wav", "audio/wav"),
            Map.entry("m4a", "audio/m4a"),
            Map.entry("csv", "text/csv"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("mp4", "video/mp4"));

    private UploadEntities() {
    }

    /**
     * @param file      a File, Path, byte[], InputStream or String (its UTF-8 bytes, handy for CSV)
     * @param fileName  the name sent for the file; null takes the name of a File or Path
     * @param textParts further form fields; null values are left out
     * @param operation names the operation in error messages
     */
    public static HttpEntity multipart(Object file, String fileName, Map<String, Object> textParts, String operation) {
        MultipartEntityBuilder builder = MultipartEntityBuilder.create().setCharset(StandardCharsets.UTF_8);
        if (file instanceof Path path) {
            file = path.toFile();
        }
        if (file instanceof File f) {
            String name = fileName != null ? fileName : f.getName();
            builder.addBinaryBody("file", f, contentTypeOf(name), name);
        } else if (file instanceof byte[] bytes) {
            builder.addBinaryBody("file", bytes, contentTypeOf(required(fileName, operation)), fileName);
        } else if (file instanceof String text) {
            builder.addBinaryBody("file", text.getBytes(StandardCharsets.UTF_8), contentTypeOf(required(fileName, operation)),
                    fileName);
        } else if (file instanceof InputStream stream) {
            builder.addBinaryBody("file", stream, contentTypeOf(required(fileName, operation)), fileName);
        } else {
            throw new IllegalArgumentException(operation + " uploads a file: the body must be a File, Path, byte[], "
                    + "InputStream or String, but was " + (file == null ? "null" : file.getClass().getName()));
        }
        ContentType text = ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8);
        textParts.forEach((name, value) -> {
            if (value != null) {
                builder.addTextBody(name, String.valueOf(value), text);
            }
        });
        return builder.build();
    }

    private static String required(String fileName, String operation) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException(operation + ": set the fileName option or the CamelCallfireFileName "
                    + "header (e.g. greeting.mp3) when the body is not a File or Path; its extension tells CallFire the type");
        }
        return fileName;
    }

    private static ContentType contentTypeOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ContentType.create(MEDIA_TYPES.getOrDefault(extension, "application/octet-stream"));
    }
}
