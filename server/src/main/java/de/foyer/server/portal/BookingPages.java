package de.foyer.server.portal;

import de.foyer.server.booking.Booking;
import de.foyer.server.booking.BookingStatus;
import de.foyer.server.booking.BookingCodes;
import de.foyer.server.web.Redirects;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

/**
 * A booking's own page, reached by the link in its mails ({@code /booking/{code}?token=…}) and
 * right after booking: the confirmation with code, QR, time and place, and the ways to keep, move
 * or cancel it. Opening the page never changes anything (mail scanners open links); cancelling
 * takes a button press, a POST carrying the booking's token.
 */
final class BookingPages {

    private static final Set<String> OUTCOMES = Set.of("booked", "moved", "kept", "cancelled");

    private final PortalBookings bookings;
    private final Templates templates;
    private final Pages pages;
    private final Texts texts;
    private final Clock clock;

    BookingPages(PortalBookings bookings, Templates templates, Pages pages, Texts texts, Clock clock) {
        this.bookings = bookings;
        this.templates = templates;
        this.pages = pages;
        this.texts = texts;
        this.clock = clock;
    }

    static String url(String code, String token, String outcome) {
        return Html.url("/booking/" + Html.encode(code), "token", token, "done", outcome);
    }

    void register(RoutesConfig routes) {
        routes.get("/booking/{code}", pages.page(this::page));
        routes.post("/booking/{code}/cancel", pages.page(this::cancel));
    }

    private void page(Context ctx, Language language) {
        String token = ctx.queryParam("token");
        PortalBookings.Found found = bookings.find(ctx.pathParam("code"), token).orElseThrow(PortalBookings::invalidLink);
        Booking booking = found.booking();
        String done = ctx.queryParam("done");
        String outcome = done != null && OUTCOMES.contains(done) ? done : null;
        boolean active = booking.status() == BookingStatus.BOOKED && booking.startsAt().isAfter(clock.instant());
        LocalDateTime start = LocalDateTime.ofInstant(booking.startsAt(), found.office().zone());
        String code = BookingCodes.display(booking.code());
        String heading = texts.get(language, heading(booking, active, outcome));
        View.Values actions = active ? activeValues(found, token, code, language) : new View.Values();
        View.Values values = new View.Values()
                .put("heading", heading)
                .put("panel", active ? panel(language, code, outcome) : "")
                .put("notice", notice(language, booking, active, outcome))
                .put("details", row(language, "summary.service", Localized.name(language, found.service()))
                        + row(language, "summary.persons", texts.persons(language, booking.persons()))
                        + row(language, "summary.when", texts.dateAndTime(language, start))
                        + row(language, "summary.place", found.office().name())
                        + (booking.name() == null ? "" : row(language, "summary.name", booking.name()))
                        + row(language, "summary.code", code))
                .put("qr", active ? templates.render("booking-qr", language, actions.map()) : "")
                .put("active", active ? templates.render("booking-active", language, actions.map()) : "")
                .put("again", active ? "" : "<p><a class=\"button\" href=\"/\">" + Html.escape(texts.get(language, "booking.again")) + "</a></p>");
        pages.show(ctx, language, 200, View.of(heading, "booking", values.map(), null));
    }

    private void cancel(Context ctx, Language language) {
        String code = ctx.pathParam("code");
        String token = ctx.formParam("token");
        bookings.cancel(code, token);
        Redirects.seeOther(ctx, url(BookingCodes.normalize(code), token, "cancelled"));
    }

    private View.Values activeValues(PortalBookings.Found found, String token, String code, Language language) {
        Booking booking = found.booking();
        String api = "/api/v1/bookings/" + Html.encode(booking.code());
        Choice move = new Choice(booking.serviceId(), booking.persons(), new Choice.Move(booking.code(), token));
        return new View.Values()
                .put("qrUrl", api + "/qr.png")
                .put("calendarUrl", api + "/calendar.ics")
                .put("qrAlt", texts.get(language, "booking.qr.alt", "code", code))
                .put("checkin", texts.get(language, "booking.qr.text", Map.of(
                        "before", Integer.toString(found.rules().checkinBeforeMinutes()),
                        "after", Integer.toString(found.rules().checkinAfterMinutes()))))
                .put("information", Localized.information(language, found.service()))
                .put("moveUrl", move.daysUrl(null))
                .put("cancelAction", "/booking/" + Html.encode(booking.code()) + "/cancel")
                .put("token", token);
    }

    private static String heading(Booking booking, boolean active, String outcome) {
        if (booking.status() == BookingStatus.CANCELLED) {
            return "booking.cancelled.title";
        }
        if (active && outcome != null && !outcome.equals("cancelled")) {
            return outcome.equals("booked") ? "booking.booked.title" : "booking.moved.title";
        }
        return "booking.title";
    }

    private String panel(Language language, String code, String outcome) {
        String extra = "kept".equals(outcome) ? "<p class=\"panel-note\">" + Html.escape(texts.get(language, "booking.kept.text")) + "</p>" : "";
        return "<div class=\"panel\"><p class=\"panel-label\">" + Html.escape(texts.get(language, "booking.code")) + "</p>"
                + "<p class=\"panel-code\" data-code>" + Html.escape(code) + "</p>" + extra + "</div>\n";
    }

    private String notice(Language language, Booking booking, boolean active, String outcome) {
        if (active) {
            return outcome == null || booking.email() == null ? ""
                    : "<p>" + Html.escape(texts.get(language, "booking.mail", "email", booking.email())) + "</p>\n";
        }
        String key = switch (booking.status()) {
            case CANCELLED, CHECKED_IN, NO_SHOW -> "booking.status." + booking.status();
            // Still booked, but its time has passed.
            case BOOKED -> "booking.status.PAST";
        };
        return "<p class=\"inset\">" + Html.escape(texts.get(language, key)) + "</p>\n";
    }

    private String row(Language language, String key, String value) {
        return "<div class=\"summary-row\"><dt>" + Html.escape(texts.get(language, key)) + "</dt><dd>" + Html.escape(value) + "</dd></div>\n";
    }
}
