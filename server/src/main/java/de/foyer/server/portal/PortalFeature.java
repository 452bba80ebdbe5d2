package de.foyer.server.portal;

import de.foyer.server.booking.AvailabilityService;
import de.foyer.server.booking.BookingFeature;
import de.foyer.server.booking.Signatures;
import de.foyer.server.web.Pages;
import de.foyer.server.web.RateLimits;
import de.foyer.server.web.StaticFiles;
import io.javalin.config.RoutesConfig;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;

/** The booking portal wired together: its pages, its style and scripts, and the booking services they call in-process. */
public final class PortalFeature {

    private final StaticFiles assets = new StaticFiles("/portal/",
            List.of("portal.css", "portal.js", "book.js"), "The portal has no such script or style.");
    private final PortalPages pages;
    private final StartPages startPages;
    private final CalendarPages calendarPages;
    private final BookingForm bookingForm;
    private final BookingPages bookingPages;
    private final LegalPages legalPages;
    private final WaitingListPages waitingListPages;

    /** The portal books through the booking API's own services, so it books exactly as POST /api/v1/bookings does. */
    public PortalFeature(Jdbi jdbi, Clock clock, BookingFeature.Services services, Signatures signatures,
                         RateLimits limits, Pages templates) {
        Texts texts = new Texts();
        this.pages = new PortalPages(templates, texts, limits);
        AvailabilityService availability = services.availability();
        PortalBookings bookings = new PortalBookings(jdbi, services, signatures);
        PortalCatalogue catalogue = new PortalCatalogue(jdbi);
        this.startPages = new StartPages(catalogue, pages, texts);
        this.calendarPages = new CalendarPages(catalogue, availability, startPages, pages, texts, clock);
        this.bookingForm = new BookingForm(catalogue, availability, bookings, new FormPage(texts, pages), pages, texts);
        this.bookingPages = new BookingPages(bookings, pages, texts, clock);
        this.legalPages = new LegalPages(catalogue, pages, texts);
        this.waitingListPages = new WaitingListPages(catalogue, services.waitingList(), pages, texts, clock);
    }

    public void register(RoutesConfig routes) {
        routes.get("/portal/{file}", assets::serve);
        startPages.register(routes);
        calendarPages.register(routes);
        bookingForm.register(routes);
        bookingPages.register(routes);
        waitingListPages.register(routes);
        legalPages.register(routes);
        pages.register(routes);
    }
}
