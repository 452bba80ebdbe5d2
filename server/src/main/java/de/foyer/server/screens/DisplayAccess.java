package de.foyer.server.screens;

import de.foyer.server.devices.DeviceAuthenticator;
import de.foyer.server.staff.Principal;
import de.foyer.server.staff.Role;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.time.Duration;
import java.util.Optional;

/**
 * Who may watch a browser call screen: a display device of exactly that waiting area. Its token
 * arrives once in the address and is kept in an HttpOnly cookie that only {@code /display}
 * addresses receive, since EventSource cannot send an Authorization header.
 */
final class DisplayAccess {

    static final String COOKIE = "foyer_display";
    /** Browsers keep a cookie for at most 400 days; a TV that stays on is signed in for as long. */
    private static final int COOKIE_SECONDS = (int) Duration.ofDays(400).toSeconds();

    enum Verdict { ADMITTED, UNKNOWN, OTHER_AREA }

    private final DeviceAuthenticator devices;

    DisplayAccess(DeviceAuthenticator devices) {
        this.devices = devices;
    }

    Verdict judge(String token, String area) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Verdict.UNKNOWN;
        }
        return devices.resolve(token)
                .filter(device -> device.kind() == Role.DISPLAY)
                .map(device -> area.equals(device.waitingAreaId()) ? Verdict.ADMITTED : Verdict.OTHER_AREA)
                .orElse(Verdict.UNKNOWN);
    }

    /** The display whose cookie the browser sent, if it is a display of exactly this area. */
    Optional<String> admittedDevice(Context ctx, String area) {
        String token = ctx.cookie(COOKIE);
        if (judge(token, area) != Verdict.ADMITTED) {
            return Optional.empty();
        }
        return devices.resolve(token).map(Principal.Device::deviceId);
    }

    /** The verdict on the cookie the browser sent. */
    Verdict judge(Context ctx, String area) {
        return judge(ctx.cookie(COOKIE), area);
    }

    void remember(Context ctx, String token) {
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath("/display");
        cookie.setMaxAge(COOKIE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        cookie.setSecure("https".equals(ctx.scheme()));
        ctx.cookie(cookie);
    }
}
