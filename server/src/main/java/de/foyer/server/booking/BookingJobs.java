package de.foyer.server.booking;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Office;
import de.foyer.server.jobs.PeriodicJob;
import de.foyer.server.mail.OutboxSender;
import de.foyer.server.storage.Scrubber;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What happens without anyone asking: bookings nobody checked in for become no-shows, personal data
 * is erased when its days are up, the draws of newly released days are held, bookings not confirmed
 * by their deadline are released (where the office asks), times held for the waiting list pass on
 * when their hold is over, and the outbox sends what is due (reminders included, which wait there
 * until their time). Each step is idempotent, so several instances may run them side by side.
 */
public final class BookingJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BookingJobs.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final OutboxSender outbox;
    private final Scrubber scrubber;
    private final WaitingList waitingList;
    private final Attendance attendance;
    private final ReleaseDraw draw;
    private final PeriodicJob job = new PeriodicJob("booking-jobs", this::runOnce);

    BookingJobs(Jdbi jdbi, Clock clock, OutboxSender outbox, WaitingList waitingList, Attendance attendance, ReleaseDraw draw) {
        this.jdbi = jdbi;
        this.draw = draw;
        this.waitingList = waitingList;
        this.attendance = attendance;
        this.clock = clock;
        this.outbox = outbox;
        this.scrubber = new Scrubber(jdbi);
    }

    /** Runs every job once, now. Returns the number of mails sent. */
    public int runOnce() {
        Instant now = clock.instant();
        int erased = jdbi.inTransaction(handle -> {
            BookingDao bookings = new BookingDao(handle);
            int count = 0;
            for (Office office : Catalogue.on(handle).offices()) {
                BookingRules rules = bookings.rules(office.id());
                bookings.markNoShows(office.id(), now.minus(rules.checkinAfter()), now);
                count += bookings.erasePersonalData(office.id(), now.minus(Duration.ofDays(rules.eraseAfterDays())), now);
            }
            bookings.forgetExpiredProofs(now);
            // A request the lot did not draw keeps its address for a day, until its mail has gone.
            return count + new DrawDao(handle).eraseDrawnBefore(now.minus(Duration.ofDays(1)));
        });
        draw.runDue();
        attendance.releaseUnconfirmed();
        int ended = waitingList.keep();
        if (erased > 0 || ended > 0) {
            // Erased must mean gone from the files too, not only from what a query shows. Entries of the
            // waiting list that ended by a citizen's button (booked, left) were emptied at once; their
            // bytes go with the next run that scrubs, at the latest the next day's erasure.
            scrubber.scrub("bookings", "waiting_list", "draw_entries");
            log.info("Erased the personal data of {} bookings and draw requests and {} waiting-list entries, and rewrote the"
                    + " tables without it", erased, ended);
        }
        return outbox.sendDue();
    }

    /** Runs the jobs every {@code interval}; a failed run is logged and the next one tries again. */
    public void start(Duration interval) {
        job.start(interval);
    }

    @Override
    public void close() {
        job.close();
    }
}
