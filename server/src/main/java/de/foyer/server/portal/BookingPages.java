package de.foyer.server.portal;

import de.foyer.server.booking.Attendance;
import de.foyer.server.booking.Booking;
import de.foyer.server.booking.BookingStatus;
import de.foyer.server.booking.BookingCodes;
import de.foyer.server.web.Redirects;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
    private final PortalPages pages;
    private final Texts texts;
    private final Clock clock;

    BookingPages(PortalBookings bookings, PortalPages pages, Texts texts, Clock clock) {
        this.bookings = bookings;
        this.pages = pages;
        this.texts = texts;
        this.clock = clock;
    }

    static String url(String code, String token, String outcome) {
        return Addresses.url("/booking/" + Addresses.encode(code), "token", token, "done", outcome);
    }

    void register(RoutesConfig routes) {
        routes.get("/booking/{code}", pages.page(this::page));
        routes.post("/booking/{code}/cancel", pages.page(this::cancel));
        routes.post("/booking/{code}/attend", pages.page(this::attend));
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
        List<BookingView.Row> details = new ArrayList<>(List.of(
                new BookingView.Row("summary.service", Localized.name(language, found.service())),
                new BookingView.Row("summary.persons", texts.persons(language, booking.persons())),
                new BookingView.Row("summary.when", texts.dateAndTime(language, start)),
                new BookingView.Row("summary.place", found.office().location())));
        if (booking.name() != null) {
            details.add(new BookingView.Row("summary.name", booking.name()));
        }
        details.add(new BookingView.Row("summary.code", code));
        BookingView view = new BookingView(BookingView.headingKey(booking.status() == BookingStatus.CANCELLED, active, outcome),
                code, active && "kept".equals(outcome), active && outcome != null ? booking.email() : null,
                active ? null : statusKey(booking.status()), List.copyOf(details),
                active ? actions(found, token, language) : null, active ? attending(found, language) : null);
        pages.show(ctx, language, 200, View.of("booking", texts.get(language, view.headingKey()), view).about(found.office()));
    }

    private void cancel(Context ctx, Language language) {
        String code = ctx.pathParam("code");
        String token = ctx.formParam("token");
        bookings.cancel(code, token);
        Redirects.seeOther(ctx, url(BookingCodes.normalize(code), token, "cancelled"));
    }

    private void attend(Context ctx, Language language) {
        String code = ctx.pathParam("code");
        String token = ctx.formParam("token");
        bookings.attend(code, token);
        Redirects.seeOther(ctx, url(BookingCodes.normalize(code), token, null));
    }

    private BookingView.Attending attending(PortalBookings.Found found, Language language) {
        Instant deadline = Attendance.deadline(found.booking(), found.rules());
        if (deadline == null || (found.booking().attendanceConfirmedAt() == null && !deadline.isAfter(clock.instant()))) {
            return null;
        }
        return new BookingView.Attending(texts.dateAndTime(language, LocalDateTime.ofInstant(deadline, found.office().zone())),
                found.booking().attendanceConfirmedAt() != null, "/booking/" + Addresses.encode(found.booking().code()) + "/attend");
    }

    private BookingView.Actions actions(PortalBookings.Found found, String token, Language language) {
        Booking booking = found.booking();
        String api = "/api/v1/bookings/" + Addresses.encode(booking.code());
        Choice move = new Choice(booking.serviceId(), booking.persons(), new Choice.Move(booking.code(), token));
        return new BookingView.Actions(api + "/qr.png", api + "/calendar.ics", found.rules().checkinBeforeMinutes(),
                found.rules().checkinAfterMinutes(), Localized.information(language, found.service()), move.daysUrl(null),
                "/booking/" + Addresses.encode(booking.code()) + "/cancel", token);
    }

    /** Why a booking that is no longer ahead cannot be used. */
    static String statusKey(BookingStatus status) {
        return switch (status) {
            case HELD, CANCELLED, CHECKED_IN, NO_SHOW -> "booking.status." + status;
            // Still booked, but its time has passed.
            case BOOKED -> "booking.status.PAST";
        };
    }
}
