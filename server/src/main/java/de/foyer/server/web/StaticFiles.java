package de.foyer.server.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A page family's scripts and styles, read once from a class-path folder. Only the files named
 * are served, so no address reaches anything else. Browsers revalidate with the ETag: a screen or
 * a clerk's browser picks up a new version at its next page load without anyone clearing a cache.
 */
public final class StaticFiles {

    private record Asset(byte[] bytes, String contentType, String etag) {
    }

    private final String folder;
    private final String unknownMessage;
    private final Map<String, Asset> assets;

    /** folder like "/screens/"; unknownMessage answers a name that is not in the list. */
    public StaticFiles(String folder, List<String> files, String unknownMessage) {
        this.folder = folder;
        this.unknownMessage = unknownMessage;
        this.assets = files.stream().collect(Collectors.toMap(Function.identity(), this::load));
    }

    /** Serves the file named by the route's {file} parameter. */
    public void serve(Context ctx) {
        serve(ctx, ctx.pathParam("file"));
    }

    public void serve(Context ctx, String file) {
        Asset asset = assets.get(file);
        if (asset == null) {
            throw ApiException.notFound("UNKNOWN_FILE", unknownMessage);
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private static String contentType(String file) {
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (file.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return file.endsWith(".ico") ? "image/x-icon" : "text/css; charset=utf-8";
    }

    private Asset load(String file) {
        String resource = folder + file;
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            byte[] bytes = in.readAllBytes();
            String type = contentType(file);
            String etag = "\"" + Tokens.hash(new String(bytes, StandardCharsets.ISO_8859_1)).substring(0, 16) + "\"";
            return new Asset(bytes, type, etag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
