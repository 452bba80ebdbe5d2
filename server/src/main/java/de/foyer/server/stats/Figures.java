package de.foyer.server.stats;

import de.foyer.server.booking.BookingStatus;
import de.foyer.server.booking.Channel;
import de.foyer.server.queue.TicketKind;
import de.foyer.server.queue.TicketStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes an office's figures from its raw rows. Pure: rows, range, zone and time in; a report out. */
final class Figures {

    private final ZoneId zone;

    Figures(ZoneId zone) {
        this.zone = zone;
    }

    Report compute(String office, LocalDate from, LocalDate to, Raw raw, Instant now) {
        List<Raw.TicketRow> tickets = raw.tickets().stream().filter(t -> !t.day().isBefore(from) && !t.day().isAfter(to)).toList();
        List<Raw.BookingRow> bookings = raw.bookings().stream()
                .filter(b -> !b.day().isBefore(from) && !b.day().isAfter(to) && b.status() != BookingStatus.CANCELLED
                        && b.status() != BookingStatus.HELD) // held for the waiting list: nobody has booked it yet
                .toList();
        return new Report(office, from, to, cases(tickets), perDay(tickets, from, to), perHour(tickets),
                List.of(waits(TicketKind.APPOINTMENT, tickets), waits(TicketKind.WALK_IN, tickets)), noShows(bookings),
                online(tickets, bookings), utilisation(raw, tickets, now));
    }

    private static Report.Cases cases(List<Raw.TicketRow> tickets) {
        int walkIns = (int) tickets.stream().filter(t -> t.kind() == TicketKind.WALK_IN).count();
        int served = (int) tickets.stream().filter(t -> t.status() == TicketStatus.DONE).count();
        int noShows = (int) tickets.stream().filter(t -> t.status() == TicketStatus.NO_SHOW).count();
        int notServed = (int) tickets.stream().filter(t -> t.status() == TicketStatus.NOT_SERVED).count();
        return new Report.Cases(tickets.size(), walkIns, tickets.size() - walkIns, served, noShows, notServed,
                tickets.size() - served - noShows - notServed);
    }

    private static List<Report.DayCases> perDay(List<Raw.TicketRow> tickets, LocalDate from, LocalDate to) {
        List<Report.DayCases> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate today = day;
            int walkIns = (int) tickets.stream().filter(t -> t.day().equals(today) && t.kind() == TicketKind.WALK_IN).count();
            int appointments = (int) tickets.stream().filter(t -> t.day().equals(today) && t.kind() == TicketKind.APPOINTMENT).count();
            days.add(new Report.DayCases(day, walkIns, appointments));
        }
        return days;
    }

    private List<Report.HourCases> perHour(List<Raw.TicketRow> tickets) {
        int[] counts = new int[24];
        tickets.forEach(t -> counts[LocalDateTime.ofInstant(t.issuedAt(), zone).getHour()]++);
        List<Report.HourCases> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hours.add(new Report.HourCases(hour, counts[hour]));
        }
        return hours;
    }

    /** Booked citizens who come early wait by choice: their wait starts at their time. */
    private static Report.Waits waits(TicketKind kind, List<Raw.TicketRow> tickets) {
        List<Long> seconds = tickets.stream()
                .filter(t -> t.kind() == kind && t.firstCalledAt() != null)
                .map(t -> {
                    Instant start = t.appointmentAt() != null && kind == TicketKind.APPOINTMENT && t.appointmentAt().isAfter(t.issuedAt())
                            ? t.appointmentAt() : t.issuedAt();
                    return Math.max(0, Duration.between(start, t.firstCalledAt()).toSeconds());
                })
                .toList();
        return WaitFigures.of(kind, seconds);
    }

    private static List<Report.WeekdayNoShows> noShows(List<Raw.BookingRow> bookings) {
        List<Report.WeekdayNoShows> weekdays = new ArrayList<>();
        for (int weekday = 1; weekday <= 7; weekday++) {
            int day = weekday;
            List<Raw.BookingRow> ofDay = bookings.stream().filter(b -> b.day().getDayOfWeek().getValue() == day).toList();
            int noShows = (int) ofDay.stream().filter(b -> b.status() == BookingStatus.NO_SHOW).count();
            weekdays.add(new Report.WeekdayNoShows(weekday, ofDay.size(), noShows, share(noShows, ofDay.size())));
        }
        return weekdays;
    }

    private static Report.Online online(List<Raw.TicketRow> tickets, List<Raw.BookingRow> bookings) {
        int online = (int) tickets.stream().filter(Raw.TicketRow::bookedOnline).count();
        // By name, so that the figures list the channels in the same order everywhere (CSV, page, JSON).
        Map<String, Integer> byChannel = new TreeMap<>();
        Arrays.stream(Channel.values()).forEach(channel -> byChannel.put(channel.name(), 0));
        bookings.forEach(b -> byChannel.merge(b.channel().name(), 1, Integer::sum));
        return new Report.Online(tickets.size(), online, share(online, tickets.size()), byChannel);
    }

    private List<Report.CounterUse> utilisation(Raw raw, List<Raw.TicketRow> tickets, Instant now) {
        Map<String, Duration> staffed = new CounterShifts(zone, raw.closingTimes()).staffed(raw.counterEvents(), now);
        List<Report.CounterUse> counters = new ArrayList<>();
        raw.counterNames().forEach((counter, name) -> {
            long busy = tickets.stream()
                    .filter(t -> counter.equals(t.counterId()) && t.calledAt() != null && t.finishedAt() != null
                            && t.finishedAt().isAfter(t.calledAt()))
                    .mapToLong(t -> Duration.between(t.calledAt(), t.finishedAt()).toSeconds())
                    .sum();
            long open = staffed.getOrDefault(counter, Duration.ZERO).toSeconds();
            Double share = open == 0 ? null : Math.min(1.0, Math.round(1000.0 * busy / open) / 1000.0);
            counters.add(new Report.CounterUse(counter, name, WaitFigures.minutes(open), WaitFigures.minutes(busy), share));
        });
        return counters;
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
