package de.foyer.server.console;

import de.foyer.server.catalogue.CounterState;

import java.time.Instant;
import java.util.List;

/**
 * What a clerk's console shows besides the queue: the clerk, the counter they hold, the citizen at
 * it (with the booking's details for booked citizens: clerks may see names), every counter of the
 * office, and the appointments of the coming hour and those overdue.
 */
record DeskView(Clerk clerk, CounterRow counter, Current current, List<CounterRow> counters,
                List<Appointment> nextAppointments, List<Appointment> lateArrivals, Instant at) {

    record Clerk(String username, String displayName, String role) {
    }

    record CounterRow(String id, String name, CounterState state, String waitingArea, String clerk, String clerkId,
                      String ticketNumber, String ticketStatus) {
    }

    record Current(String id, String number, String service, String serviceName, String kind, String status,
                   int persons, int recalls, Instant issuedAt, Instant calledAt, Instant appointmentAt, Booking booking) {
    }

    record Booking(String code, String name, String phone, String email, int persons, Instant start, String channel) {
    }

    record Appointment(Instant start, String service, String serviceName, int persons, String status, String ticketNumber) {
    }
}
