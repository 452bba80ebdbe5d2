package de.foyer.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.server.booking.BookingRoutes;
import de.foyer.server.staff.Access;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.ErrorMapping;
import de.foyer.server.web.JsonErrorHandler;
import de.foyer.server.web.RateLimits;
import de.foyer.server.web.RequestLog;
import de.foyer.server.web.SecurityHeaders;
import de.foyer.server.web.TrustedProxies;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;

import java.util.List;
import java.util.function.Consumer;

/** Builds the Javalin application from the features' routes and the rules every request passes. */
final class App {

    static final long MAX_BODY_BYTES = 64 * 1024;

    private App() {
    }

    static Javalin create(ObjectMapper json, Access access, RateLimits limits, TrustedProxies proxies,
                          List<Consumer<RoutesConfig>> features) {
        return Javalin.create(config -> {
            // Every ctx.ip() and ctx.scheme() (rate limits, secure cookies, HSTS) sees through trusted proxies only.
            config.contextResolver.ip = proxies::clientAddress;
            config.contextResolver.scheme = proxies::scheme;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.defaultContentType = "application/json";
            config.http.prefer405over404 = true;
            // Requests Jetty refuses before Javalin sees them (broken escapes, oversized headers) get our JSON too.
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.startup.showJavalinBanner = false;
            config.requestLogger.http(RequestLog::log);
            config.routes.before(ctx -> {
                SecurityHeaders.apply(ctx);
                refuseLargeBodies(ctx);
                limitCitizens(ctx, limits, access);
            });
            config.routes.beforeMatched(ctx -> {
                access.check(ctx);
                limitDevices(ctx, limits);
            });
            ErrorMapping.register(config.routes);
            features.forEach(feature -> feature.accept(config.routes));
        });
    }

    /** Refused before reading, so that nobody can make the server buffer a large body. */
    private static void refuseLargeBodies(Context ctx) {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw new ApiException(413, "BODY_TOO_LARGE", "The request body is larger than 64 KiB.");
        }
    }

    /**
     * Citizens' endpoints are open to anyone, so each address gets a budget per minute. A clerk's
     * session lifts it (staff book for callers); a device token does not: a stolen one must not
     * open the door to everything.
     */
    private static void limitCitizens(Context ctx, RateLimits limits, Access access) {
        String path = ctx.path();
        boolean citizens = path.startsWith("/api/v1/offices") || path.startsWith("/api/v1/bookings");
        if (!citizens || path.equals(BookingRoutes.CHALLENGE)) { // the puzzle counts its address with its own budget, in one round trip
            return;
        }
        boolean carriesCredentials = ctx.header("Authorization") != null || ctx.cookie(Access.SESSION_COOKIE) != null;
        // Only a credential that is valid lifts the limit; a made-up one must not.
        if (carriesCredentials && access.identify(ctx).filter(Principal.Clerk.class::isInstance).isPresent()) {
            return;
        }
        limits.take(RateLimits.Kind.ADDRESS, ctx.ip(), RateLimits.ADDRESS_SPENT);
    }

    /** Tickets and check-ins per kiosk: a kiosk serves people at human speed, a stolen token would not. */
    private static void limitDevices(Context ctx, RateLimits limits) {
        if (ctx.method() == HandlerType.POST && ctx.path().startsWith("/api/v1/kiosk/")
                && ctx.attribute(Access.PRINCIPAL) instanceof Principal.Device device) {
            limits.take(RateLimits.Kind.DEVICE, device.deviceId(), "This kiosk has issued too many tickets this minute.");
        }
    }
}
