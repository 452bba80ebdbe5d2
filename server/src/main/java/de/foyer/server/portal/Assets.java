package de.foyer.server.portal;

import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal's style and scripts, read once from the class path; only the files listed here are
 * served. Browsers revalidate with the ETag, so a new version reaches them at the next page load.
 */
final class Assets {

    static final String PREFIX = "/portal/";
    private static final List<String> FILES = List.of("portal.css", "portal.js", "book.js");

    private record Asset(byte[] bytes, String contentType, String etag) {
    }

    private final Map<String, Asset> assets = new HashMap<>();

    Assets() {
        for (String file : FILES) {
            byte[] bytes = read(PREFIX + file);
            String type = file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            String etag = "\"" + Tokens.hash(new String(bytes, StandardCharsets.UTF_8)).substring(0, 16) + "\"";
            assets.put(file, new Asset(bytes, type, etag));
        }
    }

    void serve(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("file"));
        if (asset == null) {
            throw ApiException.notFound("UNKNOWN_FILE", "The portal has no such script or style.");
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
