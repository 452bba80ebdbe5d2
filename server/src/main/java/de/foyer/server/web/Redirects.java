package de.foyer.server.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;

/**
 * Sends a browser on to another address with an empty body. Javalin's own redirect writes the word
 * "Redirected" as a JSON answer, which no browser shows and the published contract does not declare.
 */
public final class Redirects {

    private Redirects() {
    }

    /** 302: for a page the visitor may not see yet (the login), the address stays as it was asked for. */
    public static void found(Context ctx, String location) {
        to(ctx, location, HttpStatus.FOUND);
    }

    /** 303: after a form or a token in the address, so that reloading does not send it again. */
    public static void seeOther(Context ctx, String location) {
        to(ctx, location, HttpStatus.SEE_OTHER);
    }

    private static void to(Context ctx, String location, HttpStatus status) {
        ctx.status(status).header(Header.LOCATION, location).result(new byte[0]);
        ctx.res().setContentType(null);
    }
}
