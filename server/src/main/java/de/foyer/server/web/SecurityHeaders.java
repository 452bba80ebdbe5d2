package de.foyer.server.web;

import io.javalin.http.Context;

/** Headers every answer carries, so that a page of ours cannot be framed, sniffed or leak its address. */
public final class SecurityHeaders {

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
        // Only over https (directly or as a trusted proxy says): a browser must learn it there, never from plain http.
        if ("https".equals(ctx.scheme())) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
