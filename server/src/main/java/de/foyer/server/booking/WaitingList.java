package de.foyer.server.booking;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.mail.MailOutbox;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.RateLimits;
import de.foyer.server.web.Tokens;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * "Tell me when a time frees": a citizen names the service, the persons and the days and hours that
 * suit, and confirms the mailbox. When an online booking is cancelled, its time is held for the first
 * in line whose wishes it meets, in the order of joining, and offered by mail; whoever does not take
 * it within the office's hold time (default 15 minutes) loses it to the next, and when nobody is left
 * the time goes back on sale. Every offer stays in {@code waiting_offers}, so the office can show
 * that the list was served in order.
 *
 * <p>A held time is a booking in state {@link BookingStatus#HELD}: the database's overlap
 * constraint guards it like any booking, so neither the portal nor a clerk can sell it meanwhile.
 */
public final class WaitingList {

    /** A freed time is offered only if the citizen can still get there after the hold: this long at least. */
    static final Duration NOTICE = Duration.ofHours(1);
    /** Who does not confirm the mailbox within a day is taken off the list again. */
    static final Duration CONFIRM_WITHIN = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(WaitingList.class);

    /** What a citizen asks for; null hours mean the whole day. */
    public record Wish(String serviceId, Integer persons, LocalDate firstDay, LocalDate lastDay, LocalTime earliest,
                       LocalTime latest, String name, String email, String language) {
    }

    /** An entry as its citizen sees it: its place in line (for a confirmed entry) and the time held for it, if any. */
    public record Seen(WaitingEntry entry, Office office, Service service, int position, Optional<Held> held) {
    }

    /** A time held for the entry until {@code until}. */
    public record Held(Instant startsAt, Instant endsAt, Instant until) {
    }

    /** The booking an offer became, with the token of its page. */
    public record Taken(String code, String token) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Tokens tokens;
    private final BookingCodes codes;
    private final Signatures signatures;
    private final RateLimits limits;
    private final BookableOffices offices;

    WaitingList(Jdbi jdbi, Clock clock, Tokens tokens, BookingCodes codes, Signatures signatures, RateLimits limits,
                BookableOffices offices) {
        this.offices = offices;
        this.jdbi = jdbi;
        this.clock = clock;
        this.tokens = tokens;
        this.codes = codes;
        this.signatures = signatures;
        this.limits = limits;
    }

    /**
     * Puts the citizen on the list, unconfirmed, and mails them the link that confirms it. A mailbox
     * already in line for the service is mailed its link again, and its entry stays as it is: whoever
     * merely knows the address must not change someone's wishes (to change them, leave and join
     * again). The answer is the same either way, so nobody learns who else is waiting.
     */
    public void join(Wish wish) {
        BookingInput input = BookingInput.check(wish.name(), wish.email(), null, wish.persons(), wish.language(), true);
        limits.take(RateLimits.Kind.MAILBOX, input.emailKey(), "Too many requests for this e-mail address. Please try again later.");
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            Service service = Optional.ofNullable(wish.serviceId()).flatMap(catalogue::service)
                    .orElseThrow(() -> ApiException.notFound("UNKNOWN_SERVICE", "There is no service '" + wish.serviceId() + "'."));
            Office office = catalogue.office(service.officeId()).orElseThrow();
            BookingChecks.service(catalogue::offeredService, office, service.id(), Channel.ONLINE);
            BookingRules rules = new BookingDao(handle).rules(office.id());
            checkDays(wish, LocalDateTime.ofInstant(now, office.zone()), rules);
            LocalTime earliest = wish.earliest() == null ? LocalTime.MIN : wish.earliest();
            LocalTime latest = wish.latest() == null ? LocalTime.of(23, 59) : wish.latest();
            if (latest.isBefore(earliest)) {
                throw ApiException.badRequest("HOURS_REVERSED", "The latest time is before the earliest.");
            }
            if (!opensWithin(offices.of(handle, office.id(), now), catalogue, wish.firstDay(), wish.lastDay(), earliest, latest)) {
                throw ApiException.badRequest("NEVER_OPEN", "The office is closed on all these days at these times:"
                        + " no appointment could ever be offered. Please choose other days or times.");
            }
            WaitingEntry entry = new WaitingListDao(handle).join(new WaitingEntry(tokens.newId(), office.id(), service.id(),
                    input.persons(), wish.firstDay(), wish.lastDay(), earliest, latest, WaitingStatus.UNCONFIRMED, input.name(),
                    input.email(), input.emailKey(), input.language(), now, null, null));
            new MailOutbox(handle).enqueue(MailKind.WAITING_LINK.name(), entry.id(), now);
        });
    }

    private static void checkDays(Wish wish, LocalDateTime now, BookingRules rules) {
        if (wish.firstDay() == null || wish.lastDay() == null) {
            throw ApiException.badRequest("DAYS_REQUIRED", "Please give the first and the last day that suit you.");
        }
        BookingChecks.bookableDay(wish.firstDay(), now, rules);
        BookingChecks.bookableDay(wish.lastDay(), now, rules);
        if (wish.lastDay().isBefore(wish.firstDay())) {
            throw ApiException.badRequest("DAYS_REVERSED", "The last day is before the first.");
        }
    }

    /** Whether an appointment could begin on one of the days within the hours: the office is open then. */
    private static boolean opensWithin(BookableOffice bookable, Catalogue catalogue, LocalDate first, LocalDate last, LocalTime earliest,
                                       LocalTime latest) {
        OpeningDays open = Capacity.openingDays(bookable, catalogue, first, last);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (SlotPlanner.Period period : open.periods(day)) {
                if (earliest.isBefore(period.closes()) && !latest.isBefore(period.opens())) {
                    return true;
                }
            }
        }
        return false;
    }

    public Seen view(String id, String token) {
        return jdbi.withHandle(handle -> {
            WaitingListDao list = new WaitingListDao(handle);
            WaitingEntry entry = list.byId(verified(id, token)).orElseThrow(WaitingList::unknown);
            Catalogue catalogue = Catalogue.on(handle);
            Optional<Held> held = entry.status() != WaitingStatus.OFFERED ? Optional.empty() : list.openOffer(entry.id())
                    .flatMap(offer -> new BookingDao(handle).byId(offer.bookingId())
                            .map(booking -> new Held(booking.startsAt(), booking.endsAt(), offer.expiresAt())));
            return new Seen(entry, catalogue.office(entry.officeId()).orElseThrow(), catalogue.service(entry.serviceId()).orElseThrow(),
                    entry.status() == WaitingStatus.UNCONFIRMED ? 0 : list.position(entry), held);
        });
    }

    /** The link from the mail, opened and confirmed with a button: mail scanners open links, they do not press buttons. */
    public void confirm(String id, String token) {
        jdbi.useTransaction(handle -> {
            WaitingListDao list = new WaitingListDao(handle);
            WaitingEntry entry = list.lock(verified(id, token)).orElseThrow(WaitingList::unknown);
            if (entry.status() == WaitingStatus.UNCONFIRMED) {
                list.confirm(entry.id(), clock.instant());
            }
        });
    }

    /** Takes the time held for the entry: it becomes a booking like any other, confirmed by mail with its QR code. */
    public Taken take(String id, String token) {
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            WaitingListDao list = new WaitingListDao(handle);
            WaitingEntry entry = list.lock(verified(id, token)).orElseThrow(WaitingList::unknown);
            // Taken already (a double click, a reload, the mail's button again): the same booking, not a refusal.
            Optional<Booking> taken = list.takenBooking(entry.id()).flatMap(new BookingDao(handle)::byId);
            if (taken.isPresent()) {
                return new Taken(taken.get().code(), signatures.cancelToken(taken.get().id()));
            }
            WaitingListDao.Offer offer = list.openOffer(entry.id()).filter(open -> open.expiresAt().isAfter(now))
                    .orElseThrow(() -> ApiException.conflict("OFFER_GONE", "This time is no longer held for you."));
            BookingDao bookings = new BookingDao(handle);
            BookingRules rules = bookings.rules(entry.officeId());
            bookings.lock(List.of(BookingDao.mailboxKey(entry.emailKey())));
            Booking held = bookings.byId(offer.bookingId()).orElseThrow();
            bookings.refuseBeyondMailboxLimit(entry.emailKey(), rules, now, held.day(), entry.serviceId());
            if (!bookings.takeHeld(offer.bookingId(), now)) {
                throw ApiException.conflict("OFFER_GONE", "This time is no longer held for you.");
            }
            list.decide(offer.bookingId(), OfferOutcome.TAKEN, now);
            list.move(entry.id(), WaitingStatus.BOOKED, now);
            Booking booking = bookings.byId(offer.bookingId()).orElseThrow();
            BookingService.queueMails(handle, booking, rules, now);
            return new Taken(booking.code(), signatures.cancelToken(booking.id()));
        });
    }

    /** Passes on the time held for the entry; the entry stays in line for other times. */
    public void decline(String id, String token) {
        jdbi.useTransaction(handle -> {
            Instant now = clock.instant();
            WaitingListDao list = new WaitingListDao(handle);
            WaitingEntry entry = list.lock(verified(id, token)).orElseThrow(WaitingList::unknown);
            list.openOffer(entry.id()).ifPresent(offer -> passOn(handle, offer, OfferOutcome.DECLINED, WaitingStatus.WAITING, now));
        });
    }

    /** Off the list, and a time held for them goes to the next in line. */
    public void leave(String id, String token) {
        jdbi.useTransaction(handle -> {
            Instant now = clock.instant();
            WaitingListDao list = new WaitingListDao(handle);
            WaitingEntry entry = list.lock(verified(id, token)).orElseThrow(WaitingList::unknown);
            if (entry.status().ended()) {
                return;
            }
            Optional<WaitingListDao.Offer> offer = list.openOffer(entry.id());
            if (offer.isPresent()) {
                passOn(handle, offer.get(), OfferOutcome.DECLINED, WaitingStatus.LEFT, now);
            } else {
                list.move(entry.id(), WaitingStatus.LEFT, now);
            }
        });
    }

    /**
     * A booking was cancelled in this transaction: its time is held for the first in line it suits.
     * Only times from the online share are offered (a clerk's booking frees the staff's reserve), and
     * only those that begin at least {@link #NOTICE} after the hold ends. The offer never fails the
     * cancellation: when it cannot be made, the time is simply free.
     */
    void offerFreedTime(Handle handle, Booking freed, Instant now) {
        if (freed.channel() != Channel.ONLINE || freed.lane() == null) {
            return;
        }
        handle.savepoint("offer");
        try {
            offer(handle, freed, now);
            handle.releaseSavepoint("offer");
        } catch (RuntimeException failed) {
            handle.rollbackToSavepoint("offer");
            log.warn("A freed time could not be offered to the waiting list, it is free for everyone: {}", failed.toString());
        }
    }

    private void offer(Handle handle, Booking freed, Instant now) {
        BookingDao bookings = new BookingDao(handle);
        BookingRules rules = bookings.rules(freed.officeId());
        Instant until = now.plus(Duration.ofMinutes(rules.waitingHoldMinutes()));
        if (freed.startsAt().isBefore(until.plus(NOTICE))) {
            return;
        }
        Catalogue catalogue = Catalogue.on(handle);
        Office office = catalogue.office(freed.officeId()).orElseThrow();
        Service service = catalogue.service(freed.serviceId()).orElseThrow();
        int mostPersons = (int) (Duration.between(freed.startsAt(), freed.endsAt()).toMinutes() / service.durationMinutes());
        LocalDateTime start = LocalDateTime.ofInstant(freed.startsAt(), office.zone());
        WaitingListDao list = new WaitingListDao(handle);
        Optional<WaitingEntry> first = list.lockFirstInLine(office.id(), service.id(), mostPersons, start.toLocalDate(),
                start.toLocalTime(), freed.startsAt());
        if (first.isEmpty()) {
            return;
        }
        WaitingEntry entry = first.get();
        Booking.Appointment time = new Booking.Appointment(office.id(), service.id(), entry.persons(), freed.day(), freed.startsAt(),
                freed.startsAt().plus(Duration.ofMinutes((long) service.durationMinutes() * entry.persons())), freed.lane());
        Booking.Citizen citizen = new Booking.Citizen(entry.name(), entry.email(), entry.emailKey(), null, entry.language());
        Booking held;
        do {
            held = Booking.booked(tokens.newId(), codes.newCode(), Channel.ONLINE, time, citizen, now, null).held();
        } while (!bookings.insertUnlessCodeTaken(held));
        list.insertOffer(new WaitingListDao.Offer(held.id(), entry.id(), now, until));
        list.move(entry.id(), WaitingStatus.OFFERED, now);
        new MailOutbox(handle).enqueue(MailKind.WAITING_OFFER.name(), held.id(), now);
    }

    /** The held time is let go: the entry moves on, the time goes to the next in line or back on sale. */
    private void passOn(Handle handle, WaitingListDao.Offer offer, OfferOutcome outcome, WaitingStatus entryNow, Instant now) {
        WaitingListDao list = new WaitingListDao(handle);
        BookingDao bookings = new BookingDao(handle);
        list.decide(offer.bookingId(), outcome, now);
        list.move(offer.entryId(), entryNow, now);
        Booking held = bookings.lockById(offer.bookingId()).orElseThrow();
        if (held.status() != BookingStatus.HELD) {
            return;
        }
        bookings.cancel(held.id(), now, now.plus(bookings.rules(held.officeId()).releaseDelay()));
        new MailOutbox(handle).dropPending(MailKind.WAITING_OFFER.name(), held.id(), now);
        offerFreedTime(handle, held, now);
    }

    /**
     * The list's own upkeep, run with the booking jobs: offers not taken in time pass to the next in
     * line, and entries whose last day has passed or that were never confirmed end and forget whom
     * they were for. Returns how many entries ended, whose table is then scrubbed.
     */
    int keep() {
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            WaitingListDao list = new WaitingListDao(handle);
            for (WaitingListDao.Offer offer : list.lockLapsed(now)) {
                passOn(handle, offer, OfferOutcome.LAPSED, WaitingStatus.WAITING, now);
            }
            int ended = 0;
            for (Office office : Catalogue.on(handle).offices()) {
                for (String id : list.lockOver(office.id(), LocalDate.ofInstant(now, office.zone()), now.minus(CONFIRM_WITHIN))) {
                    list.move(id, WaitingStatus.ENDED, now);
                    ended++;
                }
            }
            return ended;
        });
    }

    private String verified(String id, String token) {
        if (id == null || !signatures.verifyWaitingToken(id, token)) {
            throw unknown();
        }
        return id;
    }

    static ApiException unknown() {
        return ApiException.notFound("UNKNOWN_WAITING_ENTRY", "This waiting-list link is not valid. Please use the link from your mail.");
    }
}
