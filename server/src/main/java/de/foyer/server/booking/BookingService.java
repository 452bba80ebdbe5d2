package de.foyer.server.booking;

import de.foyer.protocol.ApiError;
import de.foyer.protocol.booking.BookingConfirmation;
import de.foyer.protocol.booking.BookingRequest;
import de.foyer.protocol.booking.FreeSlots;
import de.foyer.protocol.booking.SlotTaken;
import de.foyer.protocol.booking.StaffBookingRequest;
import de.foyer.server.catalogue.CatalogueDao;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.mail.MailOutbox;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.RateLimits;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Takes bookings from the portal and from staff, each in one transaction under its day's lock:
 * the free times are read and one taken while no one else can, so a time is never sold twice.
 * Everything a citizen typed is checked before the transaction begins.
 */
public final class BookingService {

    private static final int NEXT_FREE_OFFERED = 5;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Tokens tokens;
    private final BookingCodes codes;
    private final ProofOfWork proofOfWork;
    private final Confirmations confirmations;
    private final SlotPlanner planner = new SlotPlanner();
    private final RateLimits limits;

    public BookingService(Jdbi jdbi, Clock clock, Tokens tokens, BookingCodes codes, ProofOfWork proofOfWork,
                          Confirmations confirmations,
                          RateLimits limits) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.tokens = tokens;
        this.codes = codes;
        this.proofOfWork = proofOfWork;
        this.confirmations = confirmations;
        this.limits = limits;
    }

    private record Wish(String officeId, String serviceId, OffsetDateTime start, BookingInput input) {
        Wish {
            if (officeId == null || officeId.isBlank()) {
                throw ApiException.badRequest("OFFICE_REQUIRED", "Please choose an office.");
            }
            if (serviceId == null || serviceId.isBlank()) {
                throw ApiException.badRequest("SERVICE_REQUIRED", "Please choose a service.");
            }
            if (start == null) {
                throw ApiException.badRequest("START_REQUIRED", "Please choose a time.");
            }
        }
    }

    public BookingConfirmation bookOnline(BookingRequest request) {
        BookingInput input = BookingInput.check(request.name(), request.email(), request.phone(), request.persons(), true);
        // Each attempt may send a mail: nobody gets to fill someone else's mailbox from many addresses.
        limits.take(RateLimits.Kind.MAILBOX, input.emailKey(), "Too many bookings for this e-mail address. Please try again later.");
        Wish wish = new Wish(request.office(), request.service(), request.start(), input);
        ProofOfWork.Solved solved = proofOfWork.required() ? proofOfWork.verify(request.proof(), clock.instant()) : null;
        return book(wish, Channel.ONLINE, solved, null);
    }

    /** For a caller or a visitor at the info point: from the whole capacity, reserve included. */
    public BookingConfirmation bookForCitizen(String officeId, StaffBookingRequest request, Principal.Clerk clerk) {
        BookingInput input = BookingInput.check(request.name(), request.email(), request.phone(), request.persons(), false);
        return book(new Wish(officeId, request.service(), request.start(), input), Channel.STAFF, null, clerk.clerkId());
    }

    private BookingConfirmation book(Wish wish, Channel channel, ProofOfWork.Solved solved, String clerkId) {
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            CatalogueDao catalogue = new CatalogueDao(handle);
            BookingDao bookings = new BookingDao(handle);
            Office office = CatalogueService.requireOffice(catalogue, wish.officeId());
            Service service = BookingChecks.service(catalogue, office, wish.serviceId(), channel);
            BookingRules rules = bookings.rules(office.id());
            LocalDateTime start = wish.start().atZoneSameInstant(office.zone()).toLocalDateTime();
            LocalDateTime localNow = LocalDateTime.ofInstant(now, office.zone());
            BookingChecks.bookableStart(start, localNow, rules);
            String emailKey = wish.input().emailKey();
            if (channel == Channel.ONLINE) {
                bookings.lockMailbox(emailKey);
                if (bookings.activeForMailbox(emailKey, now) >= rules.maxActivePerEmail()) {
                    throw ApiException.conflict("BOOKING_LIMIT", "This e-mail address already has " + rules.maxActivePerEmail()
                            + " open appointments. Please cancel one or come without an appointment.");
                }
            }
            LocalDate day = start.toLocalDate();
            bookings.lockDay(office.id(), day);
            Capacity capacity = Capacity.load(catalogue, bookings, office, rules, day, day, now);
            int block = service.durationMinutes() * wish.input().persons();
            SlotPlanner.Slot slot = take(capacity, day, block, channel, localNow, start);
            if (solved != null && !bookings.useProof(solved)) {
                throw ApiException.badRequest("PROOF_USED", "This check (proof of work) was used for a booking already. Please reload the page.");
            }
            Instant startsAt = start.atZone(office.zone()).toInstant();
            Booking booking = new Booking(tokens.newId(), uniqueCode(bookings), office.id(), service.id(), wish.input().persons(),
                    day, startsAt, startsAt.plus(Duration.ofMinutes(block)), slot.lane(), channel.name(), Booking.BOOKED,
                    wish.input().name(), wish.input().email(), emailKey, wish.input().phone(), now, clerkId,
                    null, null, null, null, null, null);
            bookings.insert(booking);
            queueMails(handle, booking, rules, now);
            if (clerkId != null) {
                new AuditLog(handle).record(now, clerkId, "BOOKING_CREATED", booking.code(), service.id());
            }
            return confirmations.confirmation(booking, office.zone());
        });
    }

    private SlotPlanner.Slot take(Capacity capacity, LocalDate day, int block, Channel channel, LocalDateTime now,
                                  LocalDateTime start) {
        SlotPlanner.Day plan = capacity.day(day);
        if (start.getSecond() != 0 || start.getNano() != 0 || !planner.starts(plan, block).contains(start.toLocalTime())) {
            throw ApiException.badRequest("NOT_A_SLOT", "There is no appointment time for this service at " + start.toLocalTime()
                    + " on " + day + ": the office is closed then, or the times start at other minutes.");
        }
        List<SlotPlanner.Slot> free = planner.free(plan, capacity.occupations(day), block, channel, now);
        return free.stream().filter(slot -> slot.start().equals(start.toLocalTime())).findFirst()
                .orElseThrow(() -> slotTaken(capacity, day, free, start));
    }

    /** Someone was faster: offer the free times nearest to the one wanted. */
    private static BookingRefusal slotTaken(Capacity capacity, LocalDate day, List<SlotPlanner.Slot> free, LocalDateTime wanted) {
        List<FreeSlots.Slot> nearest = free.stream()
                .sorted(Comparator.comparingLong(slot -> Math.abs(Duration.between(wanted.toLocalTime(), slot.start()).toMinutes())))
                .limit(NEXT_FREE_OFFERED)
                .sorted(Comparator.comparing(SlotPlanner.Slot::start))
                .map(slot -> AvailabilityService.wire(day, slot, capacity.office().zone()))
                .toList();
        String message = "Someone else has just booked this time. Please choose another one"
                + (nearest.isEmpty() ? " on another day." : "; these are still free.");
        return new BookingRefusal(409, "SLOT_TAKEN", message, new SlotTaken(new ApiError.Detail("SLOT_TAKEN", message), nearest));
    }

    private String uniqueCode(BookingDao bookings) {
        String code = codes.newCode();
        while (bookings.codeExists(code)) {
            code = codes.newCode();
        }
        return code;
    }

    /** The confirmation at once, the reminder the rules' lead before the appointment (none if that has passed). */
    static void queueMails(Handle handle, Booking booking, BookingRules rules, Instant now) {
        if (booking.email() == null) {
            return;
        }
        MailOutbox outbox = new MailOutbox(handle);
        outbox.enqueue(BookingMails.CONFIRMATION, booking.id(), now);
        Instant reminder = booking.startsAt().minus(rules.reminderLead());
        if (rules.reminderHours() > 0 && reminder.isAfter(now)) {
            outbox.enqueue(BookingMails.REMINDER, booking.id(), reminder);
        }
    }
}
