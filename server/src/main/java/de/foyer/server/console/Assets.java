package de.foyer.server.console;

import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The console's scripts and style sheet, read once from the class path. Only these files are
 * served, so no address reaches anything else; the ETag lets a browser keep them until they change.
 */
final class Assets {

    static final String PATH = "/console/assets/{file}";
    private static final List<String> FILES = List.of(
            "console.css", "common.js", "login.js", "desk-view.js", "console.js", "info.js", "admin.js");

    private record Asset(byte[] bytes, String contentType, String etag) {
    }

    private final Map<String, Asset> assets = FILES.stream().collect(Collectors.toMap(Function.identity(), Assets::load));

    void serve(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("file"));
        if (asset == null) {
            throw ApiException.notFound("UNKNOWN_FILE", "There is no such file.");
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private static Asset load(String file) {
        try (InputStream in = Assets.class.getResourceAsStream("/console/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource /console/" + file);
            }
            byte[] bytes = in.readAllBytes();
            String type = file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            return new Asset(bytes, type, "\"" + Tokens.hash(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .substring(0, 16) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
