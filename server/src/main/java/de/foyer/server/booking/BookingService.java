package de.foyer.server.booking;

import de.foyer.protocol.ApiError;
import de.foyer.protocol.booking.BookingConfirmation;
import de.foyer.protocol.booking.BookingRequest;
import de.foyer.protocol.booking.DrawEntered;
import de.foyer.protocol.booking.FreeSlots;
import de.foyer.protocol.booking.SlotTaken;
import de.foyer.protocol.booking.StaffBookingRequest;
import de.foyer.server.catalogue.Catalogue;
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
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Takes bookings from the portal and from staff. The free times are read without a lock and the
 * booking written in a short transaction; the database's exclusion constraint never lets two
 * bookings hold overlapping times on one lane, so a time is never sold twice. Everything a citizen
 * typed is checked before the transaction begins.
 */
public final class BookingService {

    private static final int NEXT_FREE_OFFERED = 5;
    /** Plans after losing a lane to a faster booking; then the time counts as taken. */
    private static final int ATTEMPTS = 3;
    private static final BiConsumer<Handle, Booking> NOTHING_ALONGSIDE = (handle, booking) -> {
    };

    private final Jdbi jdbi;
    private final Clock clock;
    private final Tokens tokens;
    private final BookingCodes codes;
    private final ProofOfWork proofOfWork;
    private final Confirmations confirmations;
    private final SlotPlanner planner = new SlotPlanner();
    private final RateLimits limits;
    private final BookableOffices offices;

    BookingService(Jdbi jdbi, Clock clock, Tokens tokens, BookingCodes codes, ProofOfWork proofOfWork,
                   Confirmations confirmations, RateLimits limits, BookableOffices offices) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.tokens = tokens;
        this.codes = codes;
        this.proofOfWork = proofOfWork;
        this.confirmations = confirmations;
        this.limits = limits;
        this.offices = offices;
    }

    /** {@code network}: where an online request came from ({@link ClientNetwork}), null for the others. */
    private record Wish(String officeId, String serviceId, OffsetDateTime start, BookingInput input, String network) {
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

    /** What an online request became: a booking, or a place in the draw of a newly released day (see {@link ReleaseDraw}). */
    public sealed interface Online {
        record Booked(BookingConfirmation confirmation) implements Online {
        }

        record InDraw(DrawEntered entered) implements Online {
        }
    }

    /** {@code clientAddress}: the citizen's address as the trusted proxies tell it; only its network is kept. */
    public Online bookOnline(BookingRequest request, String clientAddress) {
        return bookOnline(request, clientAddress, NOTHING_ALONGSIDE);
    }

    /**
     * As {@link #bookOnline(BookingRequest, String)}, with {@code alongside} run in the transaction
     * that writes the booking (a move gives the old appointment back there); what it throws undoes the booking.
     */
    public Online bookOnline(BookingRequest request, String clientAddress, BiConsumer<Handle, Booking> alongside) {
        BookingInput input = BookingInput.check(request.name(), request.email(), request.phone(), request.persons(), request.language(), true);
        Wish wish = new Wish(request.office(), request.service(), request.start(), input, ClientNetwork.of(clientAddress));
        ProofOfWork.Solved solved = proofOfWork.required() ? proofOfWork.verify(request.proof(), clock.instant()) : null;
        Plan plan = jdbi.withHandle(handle -> plan(handle, wish, Channel.ONLINE));
        // Each attempt that gets this far may send a mail: nobody gets to fill someone else's mailbox from many
        // addresses. A time that is gone sends none, so a citizen who is too late in a rush, again and
        // again, keeps the budget for the time they then find (and the refusal costs no write).
        limits.take(RateLimits.Kind.MAILBOX, input.emailKey(), "Too many bookings for this e-mail address. Please try again later.");
        Optional<LocalDateTime> drawEnds = plan.rules().drawEnds(plan.day(), plan.localNow());
        if (drawEnds.isPresent()) {
            return new Online.InDraw(jdbi.inTransaction(handle -> enterDraw(handle, plan, wish, solved, drawEnds.get())));
        }
        return new Online.Booked(book(wish, Channel.ONLINE, solved, null, plan, alongside));
    }

    /**
     * A request of a draw, served in the order of its lot: booked like an online booking, with the
     * draw's record of it written in the same transaction ({@code alongside}).
     */
    BookingConfirmation bookDrawn(DrawEntry entry, BiConsumer<Handle, Booking> alongside) {
        BookingInput input = new BookingInput(entry.name(), entry.email(), entry.phone(), entry.persons(), entry.language());
        Wish wish = new Wish(entry.officeId(), entry.serviceId(), entry.startsAt().atOffset(ZoneOffset.UTC), input, null);
        return book(wish, Channel.ONLINE, null, null, null, alongside);
    }

    /** The request joins the day's draw: one per mailbox, its proof of work used up as a booking's would be. */
    private DrawEntered enterDraw(Handle handle, Plan plan, Wish wish, ProofOfWork.Solved solved, LocalDateTime drawEnds) {
        if (solved != null && !new BookingDao(handle).useProof(solved)) {
            throw ApiException.badRequest("PROOF_USED", "This check (proof of work) was used for a booking already. Please reload the page.");
        }
        BookingInput input = wish.input();
        DrawEntry entry = new DrawEntry(tokens.newId(), plan.office().id(), plan.day(), plan.service().id(), input.persons(),
                plan.start().atZone(plan.office().zone()).toInstant(), input.name(), input.email(), input.emailKey(), input.phone(),
                input.language(), plan.now(), null, null, null, null);
        new BookingDao(handle).lockShared(BookingDao.drawKey(entry.officeId(), entry.day()));
        DrawDao draws = new DrawDao(handle);
        if (draws.held(entry.officeId(), entry.day())) {
            // Planned in the window, written after the lots: too late for this draw, and never left without a lot.
            throw ApiException.conflict("DRAW_HELD", "This day's draw has just been held. Please choose a time again.");
        }
        if (!draws.enter(entry)) {
            throw ApiException.conflict("ALREADY_IN_DRAW", "This e-mail address takes part in this day's draw already: one time per mailbox.");
        }
        return new DrawEntered(DrawEntered.IN_DRAW, drawEnds.atZone(plan.office().zone()).toOffsetDateTime(),
                "The times of this newly released day are drawn by lot when the draw ends, among all requests that came before;"
                        + " coming early is no advantage. The result comes by mail.");
    }

    /** For a caller or a visitor at the info point: from the whole capacity, reserve included. */
    public BookingConfirmation bookForCitizen(String officeId, StaffBookingRequest request, Principal.Clerk clerk) {
        BookingInput input = BookingInput.check(request.name(), request.email(), request.phone(), request.persons(), request.language(), false);
        return book(new Wish(officeId, request.service(), request.start(), input, null), Channel.STAFF, null, clerk.clerkId(), null,
                NOTHING_ALONGSIDE);
    }

    /**
     * Everything that decides is read first, without a lock: a time that is visibly gone is refused
     * here and never waits for anyone. The writing transaction holds no day-wide lock; the database's
     * exclusion constraint is the final guard of the lanes (two bookings that raced for one lane: the
     * later one plans again with what the earlier one left), and an online booking locks only the
     * hours its block touches, where the online quota is counted.
     */
    private BookingConfirmation book(Wish wish, Channel channel, ProofOfWork.Solved solved, String clerkId, Plan planned,
                                     BiConsumer<Handle, Booking> alongside) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Plan plan = attempt == 1 && planned != null ? planned : jdbi.withHandle(handle -> plan(handle, wish, channel));
            try {
                return jdbi.inTransaction(handle -> write(handle, plan, wish, channel, solved, clerkId, alongside));
            } catch (UnableToExecuteStatementException e) {
                if (!BookingDao.isLaneOverlap(e)) {
                    throw e;
                }
            }
        }
        Plan plan = jdbi.withHandle(handle -> plan(handle, wish, channel));
        throw slotTaken(plan.capacity(), plan.day(), plan.free().stream().filter(slot -> !slot.start().equals(plan.start().toLocalTime())).toList(),
                plan.start());
    }

    /** What a booking decides on, read without a lock; the slot has the lane the planner chose. */
    private record Plan(Office office, Service service, BookingRules rules, Capacity capacity, LocalDateTime start,
                        LocalDateTime localNow, Instant now, int block, List<SlotPlanner.Slot> free, SlotPlanner.Slot slot) {
        LocalDate day() {
            return start.toLocalDate();
        }
    }

    private Plan plan(Handle handle, Wish wish, Channel channel) {
        Instant now = clock.instant();
        BookingDao bookings = new BookingDao(handle);
        BookableOffice bookable = offices.of(handle, wish.officeId(), now);
        Office office = bookable.office();
        Service service = BookingChecks.service(bookable::service, office, wish.serviceId(), channel);
        BookingRules rules = bookable.rules();
        LocalDateTime start = wish.start().atZoneSameInstant(office.zone()).toLocalDateTime();
        LocalDateTime localNow = LocalDateTime.ofInstant(now, office.zone());
        BookingChecks.bookableStart(start, localNow, rules);
        LocalDate day = start.toLocalDate();
        Capacity capacity = Capacity.load(bookable, Catalogue.on(handle), bookings, day, day, now);
        int block = service.durationMinutes() * wish.input().persons();
        SlotPlanner.Day plan = capacity.day(day);
        if (start.getSecond() != 0 || start.getNano() != 0 || !planner.starts(plan, block).contains(start.toLocalTime())) {
            throw ApiException.badRequest("NOT_A_SLOT", "There is no appointment time for this service at " + start.toLocalTime()
                    + " on " + day + ": the office is closed then, or the times start at other minutes.");
        }
        List<SlotPlanner.Slot> free = planner.free(plan, capacity.occupations(day), block, channel, localNow);
        SlotPlanner.Slot slot = free.stream().filter(candidate -> candidate.start().equals(start.toLocalTime())).findFirst()
                .orElseThrow(() -> slotTaken(capacity, day, free, start));
        return new Plan(office, service, rules, capacity, start, localNow, now, block, free, slot);
    }

    private BookingConfirmation write(Handle handle, Plan plan, Wish wish, Channel channel, ProofOfWork.Solved solved,
                                      String clerkId, BiConsumer<Handle, Booking> alongside) {
        BookingDao bookings = new BookingDao(handle);
        BookingRules rules = plan.rules();
        Instant now = plan.now();
        String emailKey = wish.input().emailKey();
        Office office = plan.office();
        Instant startsAt = plan.start().atZone(office.zone()).toInstant();
        bookings.lock(laneAndMailboxLocks(plan, channel, emailKey));
        if (channel == Channel.ONLINE) {
            bookings.refuseBeyondMailboxLimit(emailKey, rules, now, plan.start().toLocalDate(), plan.service().id());
        }
        if (solved != null && !bookings.useProof(solved)) {
            throw ApiException.badRequest("PROOF_USED", "This check (proof of work) was used for a booking already. Please reload the page.");
        }
        Booking booking;
        do {
            booking = Booking.booked(tokens.newId(), codes.newCode(), channel,
                    new Booking.Appointment(office.id(), plan.service().id(), wish.input().persons(), plan.day(), startsAt,
                            startsAt.plus(Duration.ofMinutes(plan.block())), plan.slot().lane()),
                    new Booking.Citizen(wish.input().name(), wish.input().email(), emailKey, wish.input().phone(),
                            wish.input().language()), now, clerkId).fromNetwork(wish.network());
        } while (!bookings.insertUnlessCodeTaken(booking));
        queueMails(handle, booking, rules, now);
        if (clerkId != null) {
            new AuditLog(handle).record(now, clerkId, booking.officeId(), "BOOKING_CREATED", booking.code(), plan.service().id());
        }
        if (channel == Channel.ONLINE) {
            bookings.lock(hourLocks(plan));
            checkQuota(bookings, plan, booking);
        }
        alongside.accept(handle, booking);
        return confirmations.confirmation(booking, office.zone());
    }

    /**
     * What a booking locks before it writes (see {@link BookingDao#lock}): the quarter hours of its
     * lane; online also its mailbox, whose limit is counted next.
     */
    private static List<String> laneAndMailboxLocks(Plan plan, Channel channel, String emailKey) {
        int fromMinute = plan.start().toLocalTime().toSecondOfDay() / 60;
        List<String> keys = new ArrayList<>(BookingDao.laneQuarterKeys(plan.office().id(), plan.day(), plan.slot().lane(), fromMinute,
                fromMinute + plan.block()));
        if (channel == Channel.ONLINE) {
            keys.add(BookingDao.mailboxKey(emailKey));
        }
        return keys;
    }

    /**
     * The hours an online booking's block touches, where the online quota is counted: locked only
     * once the booking is written, so that the bookings of one hour queue for the count and the
     * commit alone, not for each other's inserts and mails. Whoever takes an hour after us sees our
     * booking; whoever held it before has committed. Taken after the lane locks by every booking,
     * and by nothing that then waits for a lane, so no two bookings wait for each other in a circle.
     */
    private static List<String> hourLocks(Plan plan) {
        List<String> keys = new ArrayList<>();
        for (int hour = plan.start().getHour(); hour <= plan.start().plusMinutes(plan.block() - 1L).getHour(); hour++) {
            keys.add(BookingDao.hourKey(plan.office().id(), plan.day(), hour));
        }
        return keys;
    }

    /** The online quota of the hours the block touches, read with those hours locked and the booking written. */
    private void checkQuota(BookingDao bookings, Plan plan, Booking booking) {
        LocalDate day = plan.day();
        List<BookingDao.DayOccupation> others = new ArrayList<>(
                bookings.occupations(plan.office().id(), day, day, plan.now(), plan.office().zone()));
        others.removeIf(occupation -> occupation.occupation().lane() == booking.lane()
                && occupation.occupation().heldUntil() == null
                && occupation.occupation().start().equals(plan.start().toLocalTime()));
        Capacity capacity = plan.capacity().withOccupations(day, others);
        List<SlotPlanner.Slot> free = planner.free(capacity.day(day), capacity.occupations(day), plan.block(), Channel.ONLINE,
                plan.localNow());
        if (free.stream().noneMatch(slot -> slot.start().equals(plan.start().toLocalTime()))) {
            throw slotTaken(capacity, day, free, plan.start());
        }
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

    /**
     * The confirmation at once, then the reminder the rules' lead before the appointment (none if that
     * has passed). Where the office asks citizens to confirm they are coming, the reminders 48 and
     * 24 hours before ask for it instead ({@link Attendance#REQUESTS}).
     */
    static void queueMails(Handle handle, Booking booking, BookingRules rules, Instant now) {
        if (booking.email() == null) {
            return;
        }
        MailOutbox outbox = new MailOutbox(handle);
        Map<String, Instant> mails = new LinkedHashMap<>();
        mails.put(MailKind.CONFIRMATION.name(), now);
        Instant reminder = booking.startsAt().minus(rules.reminderLead());
        if (!rules.asksForAttendance() && rules.reminderHours() > 0 && reminder.isAfter(now)) {
            mails.put(MailKind.REMINDER.name(), reminder);
        }
        outbox.enqueue(booking.id(), mails);
        if (rules.asksForAttendance()) {
            for (Duration before : Attendance.REQUESTS) {
                Instant request = booking.startsAt().minus(before);
                if (request.isAfter(now)) {
                    outbox.enqueue(MailKind.ATTENDANCE_REQUEST.name(), booking.id(), request);
                }
            }
        }
    }
}
