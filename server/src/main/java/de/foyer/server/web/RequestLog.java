package de.foyer.server.web;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request with the route's pattern instead of the address that was asked for:
 * booking codes, ticket tokens and query strings never reach the log.
 */
public final class RequestLog {

    private static final Logger log = LoggerFactory.getLogger("foyer.requests");

    private RequestLog() {
    }

    public static void log(Context ctx, Float millis) {
        var endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "(unmatched)" : endpoint.path;
        log.info("{} {} {} {}ms", ctx.method(), route, ctx.statusCode(), Math.round(millis == null ? 0 : millis));
    }
}
