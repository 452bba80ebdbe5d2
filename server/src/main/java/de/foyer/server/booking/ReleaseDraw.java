package de.foyer.server.booking;

import de.foyer.protocol.booking.SlotTaken;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.mail.MailOutbox;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Fair release instead of a refresh race. Where an office wants it ({@link BookingRules#drawMinutes}),
 * online requests for the times of a newly released day, in the first minutes after it opens, are
 * gathered instead of booked ({@link BookingService#bookOnline}), one per mailbox. When the window
 * ends, each request gets a lot from a secure random generator, and they are served in the order of
 * their lots: the time asked for, else the nearest free one that day, else none, which the citizen
 * is told by mail with the way to the waiting list. Lots, arrival times and outcomes stay in
 * {@code draw_entries}, so the office can show that the lots and not the clicks decided.
 */
public final class ReleaseDraw {

    /** Requests that began before the window ended may still be committing: the lots wait this long. */
    static final Duration GRACE = Duration.ofMinutes(1);
    private static final String ALREADY_SERVED = "ALREADY_SERVED";

    private final Jdbi jdbi;
    private final Clock clock;
    private final BookingService bookings;
    private final Random random;

    ReleaseDraw(Jdbi jdbi, Clock clock, BookingService bookings, Random random) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.bookings = bookings;
        this.random = random;
    }

    /** The job: draws whose window has ended get their lots, and their requests are served in that order. Returns how many got a time. */
    int runDue() {
        Instant now = clock.instant();
        int booked = 0;
        for (Office office : jdbi.withHandle(handle -> Catalogue.on(handle).offices())) {
            drawLots(office, now);
            for (DrawEntry entry : jdbi.withHandle(handle -> new DrawDao(handle).toServe(office.id()))) {
                booked += serve(entry) ? 1 : 0;
            }
        }
        return booked;
    }

    /** The lots of every day whose window has ended; the claim makes sure only one instance draws a day. */
    private void drawLots(Office office, Instant now) {
        jdbi.useTransaction(handle -> {
            BookingRules rules = new BookingDao(handle).rules(office.id());
            LocalDateTime localNow = LocalDateTime.ofInstant(now, office.zone()).minus(GRACE);
            DrawDao draws = new DrawDao(handle);
            for (LocalDate day : draws.daysWaitingForLots(office.id())) {
                if (localNow.isBefore(rules.drawEnds(day))) {
                    continue;
                }
                new BookingDao(handle).lock(List.of(BookingDao.drawKey(office.id(), day)));
                if (!draws.claim(office.id(), day, now)) {
                    continue;
                }
                List<DrawEntry> byLot = Draw.byLot(draws.entries(office.id(), day), random);
                for (int lot = 1; lot <= byLot.size(); lot++) {
                    draws.setLot(byLot.get(lot - 1).id(), lot);
                }
            }
        });
    }

    /** Books the request's time, else the nearest free one of its day; else it is told that the lot did not draw it. */
    private boolean serve(DrawEntry entry) {
        Instant now = clock.instant();
        try {
            book(entry, now);
            return true;
        } catch (BookingRefusal refusal) {
            if (refusal.body() instanceof SlotTaken taken) {
                List<Instant> nearest = taken.nextFree().stream().map(slot -> slot.start().toInstant())
                        .sorted(Comparator.comparingLong(start -> Math.abs(Duration.between(entry.startsAt(), start).toMinutes())))
                        .toList();
                for (Instant start : nearest) {
                    if (bookedInstead(entry.at(start), now)) {
                        return true;
                    }
                }
            }
        } catch (ApiException refusal) {
            if (refusal.code().equals(ALREADY_SERVED)) {
                return false;
            }
            // Another refusal (the mailbox holds its most open appointments, the service went offline): no time.
        }
        jdbi.useTransaction(handle -> {
            if (new DrawDao(handle).decide(entry.id(), "NOT_DRAWN", null, now)) {
                new MailOutbox(handle).enqueue(MailKind.DRAW_LOST.name(), entry.id(), now);
            }
        });
        return false;
    }

    private boolean bookedInstead(DrawEntry entry, Instant now) {
        try {
            book(entry, now);
            return true;
        } catch (ApiException refusal) {
            return false;
        }
    }

    /** The booking and the draw's record of it commit together; a request another instance served rolls it back. */
    private void book(DrawEntry entry, Instant now) {
        bookings.bookDrawn(entry, (Handle handle, Booking booking) -> {
            if (!new DrawDao(handle).decide(entry.id(), "BOOKED", booking.id(), now)) {
                throw ApiException.conflict(ALREADY_SERVED, "This request of the draw was served by another instance.");
            }
        });
    }
}
