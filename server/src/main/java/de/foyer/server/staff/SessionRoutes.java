package de.foyer.server.staff;

import de.foyer.protocol.Login;
import de.foyer.server.web.Bodies;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** Login and logout; the token is answered for scripts and set as a cookie for pages. */
public final class SessionRoutes {

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
        Login.Session session;
        try {
            session = sessions.login(bodies.read(ctx, Login.Request.class));
        } catch (SessionService.Locked locked) {
            ctx.header("Retry-After", Long.toString(locked.retryAfterSeconds()));
            throw locked;
        }
        Cookie cookie = new Cookie(Access.SESSION_COOKIE, session.token());
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure("https".equals(ctx.scheme()));
        cookie.setMaxAge((int) SessionService.LIFETIME.toSeconds());
        ctx.cookie(cookie);
        ctx.status(201).json(session);
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
