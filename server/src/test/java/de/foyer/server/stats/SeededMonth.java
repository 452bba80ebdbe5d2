package de.foyer.server.stats;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;

/**
 * October 2026 of the demo office, written straight into the tables: tickets with their calls,
 * the bookings behind them and some nobody came for, and the counters' openings in the audit log.
 * Random but repeatable (a fixed seed); a few tickets just outside the month must not count.
 */
public final class SeededMonth {

    static final LocalDate FIRST = LocalDate.of(2026, 10, 1);
    static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String OFFICE = "buergerbuero";
    private static final String[] SERVICES = {"anmeldung", "personalausweis-beantragen", "reisepass-beantragen", "meldebescheinigung"};

    private final Random random = new Random(20261001);
    private int serial;

    public void seed(Jdbi jdbi) {
        jdbi.useTransaction(handle -> {
            PreparedBatch tickets = handle.prepareBatch("""
                    INSERT INTO tickets (id, office_id, day, number, service_id, kind, channel, status, issued_at, queued_at,
                        appointment_at, due_at, counter_id, called_at, finished_at, link_token)
                    VALUES (:id, 'buergerbuero', :day, :number, :service, :kind, 'KIOSK', :status, :issued, :issued,
                        :appointment, :appointment, :counter, :called, :finished, :id)""");
            PreparedBatch calls = handle.prepareBatch("""
                    INSERT INTO calls (ticket_id, office_id, counter_id, called_at) VALUES (:ticket, 'buergerbuero', :counter, :at)""");
            PreparedBatch bookings = handle.prepareBatch("""
                    INSERT INTO bookings (id, code, office_id, service_id, persons, day, starts_at, ends_at, channel, status, booked_at, ticket_id)
                    VALUES (:id, :id, 'buergerbuero', :service, 1, :day, :start, :end, :channel, :status, :start, :ticket)""");
            for (LocalDate day = FIRST.minusDays(1); !day.isAfter(LAST.plusDays(1)); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                seedDay(day, tickets, calls, bookings);
                seedCounters(handle, day);
            }
            tickets.execute();
            calls.execute();
            bookings.execute();
        });
    }

    private void seedDay(LocalDate day, PreparedBatch tickets, PreparedBatch calls, PreparedBatch bookings) {
        int count = 6 + random.nextInt(9);
        for (int n = 1; n <= count; n++) {
            String id = "t" + (++serial);
            boolean booked = random.nextInt(10) < 7;
            Instant issued = at(day, LocalTime.of(9, 0).plusMinutes(random.nextInt(180)));
            Instant appointment = booked ? issued.plusSeconds(60L * (random.nextInt(31) - 10)) : null;
            int fate = random.nextInt(20);
            // Past days: whoever still waited at closing ended as not served, as the day's end leaves them.
            String status = fate == 0 ? "NOT_SERVED" : fate == 1 ? "NO_SHOW" : "DONE";
            Instant waitFrom = booked && appointment.isAfter(issued) ? appointment : issued;
            Instant firstCall = status.equals("NOT_SERVED") ? null : waitFrom.plusSeconds(random.nextInt(2700) - 120);
            Instant lastCall = firstCall != null && random.nextInt(5) == 0 ? firstCall.plusSeconds(300 + random.nextInt(600)) : firstCall;
            String counter = firstCall == null ? null : "buergerbuero-" + (1 + random.nextInt(4));
            Instant finished = firstCall == null ? null : lastCall.plusSeconds(120 + random.nextInt(1200));
            tickets.bind("id", id).bind("day", day).bind("number", "A" + n).bind("service", SERVICES[random.nextInt(SERVICES.length)])
                    .bind("kind", booked ? "APPOINTMENT" : "WALK_IN").bind("status", status).bind("issued", issued)
                    .bind("appointment", appointment).bind("counter", counter).bind("called", lastCall).bind("finished", finished)
                    .add();
            if (firstCall != null) {
                calls.bind("ticket", id).bind("counter", counter).bind("at", firstCall).add();
                if (!lastCall.equals(firstCall)) {
                    calls.bind("ticket", id).bind("counter", counter).bind("at", lastCall).add();
                }
            }
            if (booked) {
                booking(bookings, day, appointment, random.nextInt(8) == 0 ? "STAFF" : "ONLINE", "CHECKED_IN", id);
            }
        }
        // Nobody came for these; Saturdays are worst. Cancelled bookings count for nothing.
        int missed = random.nextInt(day.getDayOfWeek() == DayOfWeek.SATURDAY ? 5 : 3);
        for (int m = 0; m < missed; m++) {
            booking(bookings, day, at(day, LocalTime.of(10, 0).plusMinutes(15L * m)), "ONLINE", "NO_SHOW", null);
        }
        booking(bookings, day, at(day, LocalTime.of(11, 0)), "ONLINE", "CANCELLED", null);
        if (random.nextBoolean()) {
            booking(bookings, day, at(day, LocalTime.of(11, 30)), "STAFF", "NO_SHOW", null);
        }
    }

    private void booking(PreparedBatch bookings, LocalDate day, Instant start, String channel, String status, String ticket) {
        bookings.bind("id", "b" + (++serial)).bind("service", "anmeldung").bind("day", day).bind("start", start)
                .bind("end", start.plusSeconds(600)).bind("channel", channel).bind("status", status).bind("ticket", ticket).add();
    }

    /**
     * Each day: clerk1 holds counter 1 from 8 to 12; clerk2 opens counter 2 at 8 and never closes it;
     * clerk3 opens counter 3 at 9, moves to counter 4 at 10, pauses at 11, calls again at 11:30, closes at 12:30.
     */
    private static void seedCounters(Handle handle, LocalDate day) {
        audit(handle, day, "08:00", "clerk1", "COUNTER_OPEN", "buergerbuero-1", "");
        audit(handle, day, "12:00", "clerk1", "COUNTER_CLOSED", "buergerbuero-1", "");
        audit(handle, day, "08:00", "clerk2", "COUNTER_OPEN", "buergerbuero-2", "");
        audit(handle, day, "09:00", "clerk3", "COUNTER_OPEN", "buergerbuero-3", "");
        audit(handle, day, "10:00", "clerk3", "COUNTER_OPEN", "buergerbuero-4", "");
        audit(handle, day, "11:00", "clerk3", "COUNTER_PAUSED", "buergerbuero-4", "");
        audit(handle, day, "11:30", "clerk3", "CALL", "A099", "buergerbuero-4");
        audit(handle, day, "12:30", "clerk3", "COUNTER_CLOSED", "buergerbuero-4", "");
    }

    private static void audit(Handle handle, LocalDate day, String time, String clerk, String action, String subject, String detail) {
        handle.execute("INSERT INTO audit_log (at, clerk_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                at(day, LocalTime.parse(time)), clerk, action, subject, detail);
    }

    static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(BERLIN).toInstant();
    }
}
