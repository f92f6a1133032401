package io.github.camelcallfire.sandbox.api;

import java.util.Arrays;
import java.util.Map;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Multipart;
import io.github.camelcallfire.sandbox.http.PageRequest;
import io.github.camelcallfire.sandbox.http.Router;
import io.github.camelcallfire.sandbox.http.SandboxRequest;
import io.github.camelcallfire.sandbox.http.SandboxResponse;
import io.github.camelcallfire.sandbox.media.MediaFile;
import io.github.camelcallfire.sandbox.media.MediaKind;
import io.github.camelcallfire.sandbox.media.MediaStore;
import io.github.camelcallfire.sandbox.state.SandboxState;

/**
 * Media for MMS: uploaded as multipart, typed by content (or extension), downloadable by id, by id with the
 * media's own extension (another extension is a 404), as {@code application/binary}, and by public key.
 */
public final class MediaApi implements ApiModule {

    private static final int DEFAULT_LIMIT = 100;
    private static final String BINARY = "application/binary";

    @Override
    public void register(Router router, SandboxState state) {
        router.get("/media", req -> {
            PageRequest page = PageRequest.of(req, DEFAULT_LIMIT);
            String root = rootUrl(req);
            return SandboxResponse.ok(page.page(media(state).find(req.query("filter").orElse(null)).stream()
                    .map(m -> m.toJson(root)).toList()));
        });
        router.post("/media", req -> upload(req, state));
        router.get("/media/{id}", req -> SandboxResponse.ok(media(state).get(req.pathLong("id")).toJson(rootUrl(req))));
        router.get("/media/{id}.{extension}",
                req -> data(media(state).get(req.pathLong("id")), req.pathParam("extension")));
        router.get("/media/{id}/file",
                req -> SandboxResponse.binary(BINARY, media(state).get(req.pathLong("id")).data()));
        router.get("/media/public/{key}.{extension}",
                req -> data(media(state).byKey(req.pathParam("key")), req.pathParam("extension")));
    }

    private static SandboxResponse upload(SandboxRequest req, SandboxState state) {
        Multipart form = req.multipart();
        Multipart.Part file = form.file("file");
        MediaKind kind = MediaKind.detect(file.data(), file.fileName()).orElseThrow(() -> ApiError.badRequest(
                "File '" + file.fileName() + "' is not a supported media type; accepted: "
                        + Arrays.stream(MediaKind.values()).map(MediaKind::extension).toList()));
        String name = form.text("name").orElse(file.fileName() != null ? file.fileName() : "media." + kind.extension());
        return SandboxResponse.ok(Map.of("id", media(state).add(name, kind, file.data()).id()));
    }

    private static SandboxResponse data(MediaFile media, String extension) {
        if (!media.kind().servedAs(extension)) {
            String message = "Media " + media.id() + " has no ." + extension + " file, it is a ."
                    + media.kind().extension();
            throw new ApiError(404, 0, message, message);
        }
        return SandboxResponse.binary(media.kind().downloadType(), media.data());
    }

    private static String rootUrl(SandboxRequest req) {
        return req.rootUrl().orElseThrow(() -> new IllegalStateException("media answers need the request's root URL"));
    }

    private static MediaStore media(SandboxState state) {
        return state.store(MediaStore.class);
    }
}
