package de.foyer.server.staff;

import de.foyer.protocol.Login;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Bodies;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Login and logout; the token is answered for scripts and set as a cookie for pages. */
public final class SessionRoutes {

    /** Marks a browser a clerk signed in with: sent only to the sign-in address, never readable by scripts. */
    static final String BROWSER_COOKIE = "foyer_browser";
    static final Duration BROWSER_LIFETIME = Duration.ofDays(365);

    private final SessionService sessions;
    private final Bodies bodies;

    public SessionRoutes(SessionService sessions, Bodies bodies) {
        this.sessions = sessions;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/session", this::login);
        routes.delete("/api/v1/session", this::logout, Role.CLERK);
    }

    private void login(Context ctx) {
        refuseForeignRequests(ctx);
        SessionService.SignedIn signedIn;
        try {
            signedIn = sessions.login(new SessionService.Attempt(bodies.read(ctx, Login.Request.class), ctx.ip(),
                    Optional.ofNullable(ctx.cookie(BROWSER_COOKIE))));
        } catch (SessionService.Locked locked) {
            ctx.header("Retry-After", Long.toString(locked.retryAfterSeconds()));
            throw locked;
        }
        Login.Session session = signedIn.session();
        ctx.cookie(cookie(ctx, Access.SESSION_COOKIE, session.token(), "/", (int) SessionService.LIFETIME.toSeconds()));
        signedIn.newBrowserToken().ifPresent(token ->
                ctx.cookie(cookie(ctx, BROWSER_COOKIE, token, "/api/v1/session", (int) BROWSER_LIFETIME.toSeconds())));
        ctx.status(201).json(session);
    }

    /**
     * Another site must not sign a browser in as a clerk of its choosing (login CSRF): a form can send
     * text/plain without asking, but JSON only from our own pages; and a browser names the page's
     * origin, which must be ours. Scripts (curl) send no Origin and are let through.
     */
    private static void refuseForeignRequests(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "JSON_REQUIRED", "Send the username and password as JSON (Content-Type: application/json).");
        }
        String origin = ctx.header("Origin");
        boolean crossSite = "cross-site".equals(ctx.header("Sec-Fetch-Site"));
        if (crossSite || (origin != null && !origin.equalsIgnoreCase(ctx.scheme() + "://" + ctx.host()))) {
            throw new ApiException(403, "FOREIGN_ORIGIN", "Signing in is only possible from this server's own pages.");
        }
    }

    private static Cookie cookie(Context ctx, String name, String value, String path, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setHttpOnly(true);
        cookie.setPath(path);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure("https".equals(ctx.scheme()));
        cookie.setMaxAge(maxAge);
        return cookie;
    }

    private void logout(Context ctx) {
        String token = Access.bearerToken(ctx).orElse(ctx.cookie(Access.SESSION_COOKIE));
        if (token != null) {
            sessions.logout(token);
        }
        ctx.removeCookie(Access.SESSION_COOKIE, "/");
        ctx.status(204);
    }
}
