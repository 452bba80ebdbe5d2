package de.foyer.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.foyer.protocol.ApiError;
import de.foyer.server.storage.Database;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the contract's error JSON. Callers never see a stack trace: an
 * unexpected failure is logged here, once, and answered with a plain 500.
 */
public final class ErrorMapping {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    private ErrorMapping() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            if (e instanceof RateLimited limited) {
                ctx.header("Retry-After", Long.toString(limited.retryAfterSeconds()));
            }
            respond(ctx, e.status(), e.code(), e.getMessage());
        });
        routes.exception(JsonProcessingException.class, (e, ctx) ->
                respond(ctx, 400, "MALFORMED_JSON", "The request body is not valid JSON of the expected shape."));
        routes.exception(HttpResponseException.class, ErrorMapping::javalinResponse);
        routes.exception(Exception.class, (e, ctx) -> {
            if (Database.isOutage(e)) {
                // The database is away (stopped, restarting, unreachable): say so at once, and when to try again.
                log.warn("Database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
                respond(ctx, 503, "DATABASE_UNAVAILABLE", "The service is briefly unavailable. Please try again in a few seconds.");
                return;
            }
            var endpoint = ctx.endpoints().lastHttpEndpoint();
            log.error("Unexpected failure on {} {}", ctx.method(), endpoint == null ? "(unmatched)" : endpoint.path, e);
            respond(ctx, 500, "INTERNAL_ERROR", "Something went wrong on our side. Please try again.");
        });
        routes.error(404, ctx -> {
            if (!isErrorBody(ctx)) {
                respond(ctx, 404, "NOT_FOUND", "There is nothing at this address.");
            }
        });
        routes.error(405, ctx -> respond(ctx, 405, "METHOD_NOT_ALLOWED", "This address does not take that method."));
    }

    private static void javalinResponse(HttpResponseException e, Context ctx) {
        switch (e.getStatus()) {
            case 413 -> respond(ctx, 413, "BODY_TOO_LARGE", "The request body is larger than 64 KiB.");
            case 400 -> respond(ctx, 400, "BAD_REQUEST", "The request could not be read.");
            case 401 -> respond(ctx, 401, "UNAUTHORIZED", "Please sign in or send a valid token.");
            case 403 -> respond(ctx, 403, "FORBIDDEN", "You may not do this.");
            case 404 -> respond(ctx, 404, "NOT_FOUND", "There is nothing at this address.");
            default -> respond(ctx, e.getStatus(), "HTTP_" + e.getStatus(), "The request could not be served.");
        }
    }

    public static void respond(Context ctx, int status, String code, String message) {
        ctx.status(status).json(ApiError.of(code, message));
    }

    /** A route that answered 404 itself (an error of ours, or a page meant for people) keeps its answer. */
    private static boolean isErrorBody(Context ctx) {
        String body = ctx.result();
        String type = ctx.res().getContentType();
        return body != null && (body.startsWith("{\"error\"") || (type != null && type.startsWith("text/html")));
    }
}
