package de.foyer.server.queue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final Set<String> SERVES = Set.of("id-card", "registration");
    private final CallPolicy policy = new CallPolicy(Duration.ofMinutes(30));

    @Test
    void dueAppointmentsComeBeforeWalkInsAndByTheirTime() {
        Ticket walkIn = walkIn("C001", "registration", minutesAgo(20));
        Ticket laterSlot = appointment("A002", "id-card", minutesAgo(5), minutesAgo(1));
        Ticket earlierSlot = appointment("A003", "id-card", minutesAgo(2), minutesAgo(4));

        assertThat(numbers(policy.rank("c1", SERVES, List.of(walkIn, laterSlot, earlierSlot), NOW)))
                .containsExactly("A003", "A002", "C001");
    }

    @Test
    void walkInsAreCalledFirstComeFirstServed() {
        Ticket second = walkIn("C002", "registration", minutesAgo(5));
        Ticket first = walkIn("A001", "id-card", minutesAgo(10));
        Ticket third = walkIn("C003", "registration", minutesAgo(1));

        assertThat(numbers(policy.rank("c1", SERVES, List.of(second, third, first), NOW)))
                .containsExactly("A001", "C002", "C003");
    }

    @Test
    void earlyArrivalsWaitInLineWithTheWalkInsUntilTheirTimeComes() {
        Ticket walkIn = walkIn("C001", "registration", minutesAgo(10));
        Ticket early = appointment("A001", "id-card", minutesAgo(15), NOW.plus(Duration.ofMinutes(20)));
        Ticket laterWalkIn = walkIn("C002", "registration", minutesAgo(5));

        assertThat(numbers(policy.rank("c1", SERVES, List.of(walkIn, early, laterWalkIn), NOW)))
                .containsExactly("A001", "C001", "C002");
    }

    @Test
    void aWalkInWhoWaitedPastTheAgeingLimitRanksLikeAnAppointmentDueThen() {
        Ticket aged = walkIn("C001", "registration", minutesAgo(45));
        Ticket dueBeforeAgeing = appointment("A001", "id-card", minutesAgo(30), minutesAgo(20));
        Ticket dueAfterAgeing = appointment("A002", "id-card", minutesAgo(5), minutesAgo(10));

        assertThat(numbers(policy.rank("c1", SERVES, List.of(dueAfterAgeing, aged, dueBeforeAgeing), NOW)))
                .as("aged at 08:45: after the 08:40 appointment, before the 08:50 one")
                .containsExactly("A001", "C001", "A002");
    }

    @Test
    void aCounterOnlyCallsTheServicesItServes() {
        Ticket passport = walkIn("B001", "passport", minutesAgo(30));
        Ticket registration = walkIn("C001", "registration", minutesAgo(1));

        assertThat(numbers(policy.rank("c1", SERVES, List.of(passport, registration), NOW))).containsExactly("C001");
    }

    @Test
    void aTicketTransferredToACounterGoesToThatCounterOnly() {
        Ticket transferred = withTarget(walkIn("B001", "passport", minutesAgo(30)), "c2");

        assertThat(policy.rank("c1", Set.of("passport"), List.of(transferred), NOW)).isEmpty();
        assertThat(numbers(policy.rank("c2", Set.of(), List.of(transferred), NOW))).containsExactly("B001");
    }

    @Test
    void aTransferredTicketKeepsItsPlaceInLine() {
        Ticket transferredEarlier = walkIn("A001", "registration", minutesAgo(25));
        Ticket newer = walkIn("C005", "registration", minutesAgo(3));

        assertThat(numbers(policy.rank("c1", SERVES, List.of(newer, transferredEarlier), NOW))).containsExactly("A001", "C005");
    }

    @Test
    void onlyWaitingTicketsAreCalled() {
        Ticket called = new Ticket("x", "o", LocalDate.of(2026, 11, 24), "C001", "registration", 1, Ticket.WALK_IN, "KIOSK",
                Ticket.CALLED, minutesAgo(9), minutesAgo(9), null, null, null, "c3", NOW, null, null, 0, false, "t");

        assertThat(policy.rank("c1", SERVES, List.of(called), NOW)).isEmpty();
    }

    private static List<String> numbers(List<Ticket> tickets) {
        return tickets.stream().map(Ticket::number).toList();
    }

    private static Instant minutesAgo(int minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }

    static Ticket walkIn(String number, String service, Instant queuedAt) {
        return new Ticket(number, "o", LocalDate.of(2026, 11, 24), number, service, 1, Ticket.WALK_IN, "KIOSK",
                Ticket.WAITING, queuedAt, queuedAt, null, null, null, null, null, null, null, 0, false, "t" + number);
    }

    static Ticket appointment(String number, String service, Instant checkedInAt, Instant due) {
        return new Ticket(number, "o", LocalDate.of(2026, 11, 24), number, service, 1, Ticket.APPOINTMENT, "CHECKIN",
                Ticket.WAITING, checkedInAt, checkedInAt, due, due, null, null, null, null, null, 0, false, "t" + number);
    }

    private static Ticket withTarget(Ticket ticket, String counter) {
        return new Ticket(ticket.id(), ticket.officeId(), ticket.day(), ticket.number(), ticket.serviceId(), ticket.persons(),
                ticket.kind(), ticket.channel(), ticket.status(), ticket.issuedAt(), ticket.queuedAt(), ticket.dueAt(),
                ticket.appointmentAt(), counter, null, null, null, null, 0, false, ticket.linkToken());
    }
}
