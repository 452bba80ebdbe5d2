package de.foyer.server.staff;

import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;

import java.util.Optional;
import java.util.Set;

/**
 * The check every matched route passes: who is calling (bearer token of a device or clerk, or the
 * clerk's session cookie), whether the route's roles admit them, and, for cookie sessions, the
 * CSRF token on every change. A refusal carries no data.
 */
public final class Access {

    public static final String SESSION_COOKIE = "foyer_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String PRINCIPAL = "foyer.principal";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final SessionService sessions;
    private final DeviceTokens devices;
    private final RequestOffices offices;

    public Access(SessionService sessions, DeviceTokens devices, RequestOffices offices) {
        this.sessions = sessions;
        this.devices = devices;
        this.offices = offices;
    }

    public void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            return;
        }
        Principal principal = identify(ctx).orElseThrow(() ->
                new ApiException(401, "UNAUTHORIZED", "Please sign in or send a valid token."));
        if (roles.stream().noneMatch(role -> principal.has((Role) role))) {
            throw new ApiException(403, "FORBIDDEN", "You may not do this.");
        }
        if (principal instanceof Principal.Clerk clerk && clerk.viaCookie() && !SAFE.contains(ctx.method())
                && !Tokens.same(clerk.csrfToken(), ctx.header(CSRF_HEADER))) {
            throw new ApiException(403, "CSRF_TOKEN_INVALID", "This form has expired. Please reload the page and try again.");
        }
        ctx.attribute(PRINCIPAL, inNamedOffice(ctx, principal)
                .orElseThrow(() -> ApiException.notFound("UNKNOWN_OFFICE", "There is no office with that id for you.")));
    }

    /**
     * The caller acting in the office the request names, in its path ({@code /offices/{office}/…}) or as
     * {@code ?office=}; without one, in the office of the object its path names (a counter, a ticket …)
     * when that is one of the caller's, else in the caller's first office. Empty when the caller does not
     * belong to the office named, or there is none: whether another office exists is not revealed.
     */
    public Optional<Principal> inNamedOffice(Context ctx, Principal principal) {
        String named = ctx.pathParamMap().getOrDefault("office", ctx.queryParam("office"));
        if (named == null) {
            // A caller of one office acts there whatever the path names: no lookup on "next" and the like for them.
            return Optional.of(!principal.reachesSeveralOffices() ? principal : offices.ofObject(ctx.path(), ctx.pathParamMap())
                    .filter(principal::covers).<Principal>map(principal::in).orElse(principal));
        }
        if (named.equals(principal.officeId())) {
            return Optional.of(principal);
        }
        return principal.covers(named) && offices.exists(named) ? Optional.of(principal.in(named)) : Optional.empty();
    }

    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new ApiException(401, "UNAUTHORIZED", "Please sign in or send a valid token.");
        }
        return principal;
    }

    public static Principal.Clerk clerk(Context ctx) {
        if (principal(ctx) instanceof Principal.Clerk clerk) {
            return clerk;
        }
        throw new ApiException(403, "FORBIDDEN", "Only clerks may do this.");
    }

    public static Principal.Device device(Context ctx) {
        if (principal(ctx) instanceof Principal.Device device) {
            return device;
        }
        throw new ApiException(403, "FORBIDDEN", "Only registered devices may do this.");
    }

    /** Who sent the request, if anyone: a valid bearer token, else a valid session cookie. */
    public Optional<Principal> identify(Context ctx) {
        Optional<String> bearer = bearerToken(ctx);
        if (bearer.isPresent()) {
            Optional<Principal> device = devices.resolve(bearer.get()).map(Principal.class::cast);
            return device.isPresent() ? device : sessions.resolve(bearer.get(), false).map(Principal.class::cast);
        }
        String cookie = ctx.cookie(SESSION_COOKIE);
        return cookie == null ? Optional.empty() : sessions.resolve(cookie, true).map(Principal.class::cast);
    }

    public static Optional<String> bearerToken(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).trim());
        }
        return Optional.empty();
    }
}
