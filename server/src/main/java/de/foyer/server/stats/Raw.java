package de.foyer.server.stats;

import de.foyer.server.booking.BookingStatus;
import de.foyer.server.booking.Channel;
import de.foyer.server.queue.TicketKind;
import de.foyer.server.queue.TicketStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The rows the figures are computed from, as the database holds them for one office and range. */
record Raw(List<TicketRow> tickets, List<BookingRow> bookings, List<CounterEvent> counterEvents,
           Map<String, String> counterNames, Map<Integer, LocalTime> closingTimes) {

    /**
     * A ticket: {@code firstCalledAt} is its first call (the end of its wait), {@code calledAt} its
     * latest, from which its time at the counter is measured until {@code finishedAt}.
     */
    record TicketRow(String id, LocalDate day, TicketKind kind, TicketStatus status, Instant issuedAt, Instant appointmentAt,
                     Instant firstCalledAt, Instant calledAt, Instant finishedAt, String counterId, boolean bookedOnline) {
    }

    record BookingRow(LocalDate day, Channel channel, BookingStatus status) {
    }

    /** A clerk opened, paused or closed a counter, or called at it (which reopens a paused one). */
    record CounterEvent(Instant at, String action, String clerkId, String counterId) {
    }
}
