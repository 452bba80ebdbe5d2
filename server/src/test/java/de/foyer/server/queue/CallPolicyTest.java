package de.foyer.server.queue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
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
        Ticket called = TestTickets.calledTo(walkIn("C001", "registration", minutesAgo(9)), "c3", NOW);

        assertThat(policy.rank("c1", SERVES, List.of(called), NOW)).isEmpty();
    }

    private static List<String> numbers(List<Ticket> tickets) {
        return tickets.stream().map(Ticket::number).toList();
    }

    private static Instant minutesAgo(int minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }

    private static Ticket walkIn(String number, String service, Instant queuedAt) {
        return TestTickets.walkIn(number, service, queuedAt);
    }

    private static Ticket appointment(String number, String service, Instant checkedInAt, Instant due) {
        return TestTickets.appointment(number, service, checkedInAt, due);
    }

    private static Ticket withTarget(Ticket ticket, String counter) {
        return TestTickets.targetedAt(ticket, counter);
    }
}
