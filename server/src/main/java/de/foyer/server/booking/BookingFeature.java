package de.foyer.server.booking;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.server.mail.OutboxSender;
import de.foyer.server.web.Bodies;
import de.foyer.server.web.RateLimits;
import de.foyer.server.web.Tokens;
import io.javalin.config.RoutesConfig;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;

/** Booking wired together: its routes for citizens and staff, the signatures check-in verifies, and the jobs. */
public final class BookingFeature implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BookingFeature.class);

    private final BookingSettings settings;
    private final Signatures signatures;
    private final Services services;
    private final BookingRoutes citizenRoutes;
    private final StaffBookingRoutes staffRoutes;
    private final BookingJobs jobs;

    /** The services behind the booking API, for pages that book exactly as the API does. */
    public record Services(AvailabilityService availability, BookingService bookings, CitizenBookings citizen, WaitingList waitingList,
                           Attendance attendance) {
    }

    private BookingFeature(BookingSettings settings, Signatures signatures, Services services, BookingRoutes citizenRoutes,
                           StaffBookingRoutes staffRoutes, BookingJobs jobs) {
        this.settings = settings;
        this.signatures = signatures;
        this.services = services;
        this.citizenRoutes = citizenRoutes;
        this.staffRoutes = staffRoutes;
        this.jobs = jobs;
    }

    public static BookingFeature create(Jdbi jdbi, Clock clock, Tokens tokens, Bodies bodies, ObjectMapper json,
                                        BookingSettings settings, RateLimits limits) {
        Signatures signatures = new Signatures(settings.keys(), clock);
        Confirmations confirmations = new Confirmations(signatures, settings.publicUrl());
        ProofOfWork proofOfWork = new ProofOfWork(settings.proofBits(), signatures);
        BookableOffices offices = new BookableOffices();
        AvailabilityService availability = new AvailabilityService(jdbi, clock, offices);
        BookingService bookings = new BookingService(jdbi, clock, tokens, new BookingCodes(), proofOfWork, confirmations, limits,
                offices);
        WaitingList waitingList = new WaitingList(jdbi, clock, tokens, new BookingCodes(), signatures, limits, offices);
        CitizenBookings citizen = new CitizenBookings(jdbi, clock, signatures, confirmations, waitingList);
        Attendance attendance = new Attendance(jdbi, clock, signatures, waitingList);
        BookingJobs jobs = new BookingJobs(jdbi, clock,
                new OutboxSender(jdbi, clock, settings.mail(), new BookingMails(confirmations)), waitingList, attendance,
                new ReleaseDraw(jdbi, clock, bookings, new SecureRandom()));
        return new BookingFeature(settings, signatures, new Services(availability, bookings, citizen, waitingList, attendance),
                new BookingRoutes(availability, bookings, citizen, proofOfWork, bodies, clock, limits),
                new StaffBookingRoutes(bookings, availability, new OfficeBookings(jdbi), citizen,
                        new BookingImport(jdbi, clock, tokens), new FairnessRecords(jdbi, clock), bodies, json),
                jobs);
    }

    public void register(RoutesConfig routes) {
        citizenRoutes.register(routes);
        staffRoutes.register(routes);
    }

    /** What check-in needs to tell our QR codes from forged ones. */
    public Signatures signatures() {
        return signatures;
    }

    public Services services() {
        return services;
    }

    public BookingJobs jobs() {
        return jobs;
    }

    public void startJobs() {
        if (!settings.mail().enabled()) {
            log.info("Mail is off (FOYER_SMTP_HOST is not set): confirmations and reminders wait in the outbox.");
        }
        jobs.start(settings.jobInterval());
    }

    @Override
    public void close() {
        jobs.close();
    }
}
