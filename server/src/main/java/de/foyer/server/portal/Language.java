package de.foyer.server.portal;

import de.foyer.protocol.CitizenLanguage;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.time.Duration;
import java.util.Locale;

/**
 * The portal's languages, those of the kiosk. German unless the citizen chose another: {@code ?lang=tr}
 * on any page chooses it and a cookie keeps the choice for the next pages (and {@code ?lang=de} back).
 */
enum Language {
    DE(CitizenLanguage.DE), EN(CitizenLanguage.EN), TR(CitizenLanguage.TR), AR(CitizenLanguage.AR), UK(CitizenLanguage.UK),
    RU(CitizenLanguage.RU), PL(CitizenLanguage.PL);

    static final String COOKIE = "foyer_lang";
    private static final int COOKIE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    final String code;
    final Locale locale;
    final CitizenLanguage citizen;

    Language(CitizenLanguage citizen) {
        this.code = citizen.code();
        this.locale = citizen.locale();
        this.citizen = citizen;
    }

    /** The page's writing direction: Arabic runs right to left. */
    String direction() {
        return citizen.direction();
    }

    /** The language asked for in the address wins over the remembered one; anything unknown is German. */
    static Language choose(String asked, String remembered) {
        Language fromAddress = parse(asked);
        if (fromAddress != null) {
            return fromAddress;
        }
        Language fromCookie = parse(remembered);
        return fromCookie == null ? DE : fromCookie;
    }

    /** The language of this request; a choice made in the address is remembered in a cookie. */
    static Language of(Context ctx) {
        String asked = ctx.queryParam("lang");
        Language language = choose(asked, ctx.cookie(COOKIE));
        if (parse(asked) != null && !language.code.equals(ctx.cookie(COOKIE))) {
            Cookie cookie = new Cookie(COOKIE, language.code);
            cookie.setPath("/");
            cookie.setMaxAge(COOKIE_SECONDS);
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.LAX);
            ctx.cookie(cookie);
        }
        return language;
    }

    private static Language parse(String code) {
        if (code == null) {
            return null;
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        return null;
    }
}
