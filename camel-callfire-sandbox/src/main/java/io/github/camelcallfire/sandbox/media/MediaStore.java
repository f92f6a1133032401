package io.github.camelcallfire.sandbox.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.state.SandboxState;

/**
 * Uploaded media, newest first, also indexed by public key and by content: the same bytes uploaded again are refused
 * with a 400 naming the existing media ({@code mediaId: N} at the end of the message, which the official client's
 * live tests read back).
 */
public final class MediaStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxState state;
    private final NavigableMap<Long, MediaFile> byId = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
    private final Map<String, MediaFile> byKey = new ConcurrentHashMap<>();
    private final Map<String, MediaFile> byContent = new ConcurrentHashMap<>();

    public MediaStore(SandboxState state) {
        this.state = state;
    }

    public synchronized MediaFile add(String name, MediaKind kind, byte[] data) {
        String hash = sha256(data);
        MediaFile existing = byContent.get(hash);
        if (existing != null) {
            throw ApiError.badRequest("This file was already uploaded as '" + existing.name() + "', mediaId: "
                    + existing.id());
        }
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        MediaFile media = new MediaFile(state.nextId(), name, state.now(), kind, data,
                HexFormat.of().formatHex(token));
        byKey.put(media.key(), media);
        byContent.put(hash, media);
        byId.put(media.id(), media);
        return media;
    }

    public MediaFile get(long id) {
        MediaFile media = byId.get(id);
        if (media == null) {
            throw ApiError.notFound("Media", id);
        }
        return media;
    }

    public MediaFile byKey(String key) {
        MediaFile media = byKey.get(key);
        if (media == null) {
            throw ApiError.notFound("Media with public key", key);
        }
        return media;
    }

    /** Media whose name contains {@code filter}, case-insensitive; all of them without a filter. */
    public List<MediaFile> find(String filter) {
        String wanted = filter == null ? null : filter.toLowerCase(Locale.ROOT);
        return byId.values().stream()
                .filter(m -> wanted == null || m.name().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
