package de.foyer.server.portal;

import de.foyer.server.booking.AvailabilityService;
import de.foyer.server.booking.BookingCodes;
import de.foyer.server.booking.BookingService;
import de.foyer.server.booking.BookingSettings;
import de.foyer.server.booking.CitizenBookings;
import de.foyer.server.booking.Confirmations;
import de.foyer.server.booking.ProofOfWork;
import de.foyer.server.booking.Signatures;
import de.foyer.server.web.RateLimiter;
import de.foyer.server.web.Tokens;
import io.javalin.config.RoutesConfig;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;

/** The booking portal wired together: its pages, its style and scripts, and the booking services they call in-process. */
public final class PortalFeature {

    private final Assets assets = new Assets();
    private final Pages pages;
    private final StartPages startPages;
    private final CalendarPages calendarPages;
    private final BookingForm bookingForm;
    private final BookingPages bookingPages;
    private final PrivacyPage privacyPage;

    /**
     * The booking services are built here from the same database, clock, secret and settings as the
     * booking API's: they are stateless, so the portal books exactly as POST /api/v1/bookings does.
     */
    public PortalFeature(Jdbi jdbi, Clock clock, Tokens tokens, Signatures signatures, BookingSettings settings,
                         int requestsPerMinute) {
        Texts texts = new Texts();
        Templates templates = new Templates(texts);
        this.pages = new Pages(templates, texts, new RateLimiter(requestsPerMinute, clock));
        Confirmations confirmations = new Confirmations(signatures, settings.publicUrl());
        BookingService bookingService = new BookingService(jdbi, clock, tokens, new BookingCodes(),
                new ProofOfWork(settings.proofBits(), signatures), confirmations);
        AvailabilityService availability = new AvailabilityService(jdbi, clock);
        PortalBookings bookings = new PortalBookings(jdbi, bookingService,
                new CitizenBookings(jdbi, clock, signatures, confirmations), signatures);
        PortalCatalogue catalogue = new PortalCatalogue(jdbi);
        this.startPages = new StartPages(catalogue, pages, texts);
        this.calendarPages = new CalendarPages(catalogue, availability, startPages, pages, texts, clock);
        this.bookingForm = new BookingForm(catalogue, availability, bookings, new FormPage(texts, pages), pages, texts);
        this.bookingPages = new BookingPages(bookings, templates, pages, texts, clock);
        this.privacyPage = new PrivacyPage(catalogue, pages, texts);
    }

    public void register(RoutesConfig routes) {
        routes.get(Assets.PREFIX + "{file}", assets::serve);
        startPages.register(routes);
        calendarPages.register(routes);
        bookingForm.register(routes);
        bookingPages.register(routes);
        privacyPage.register(routes);
        pages.register(routes);
    }
}
