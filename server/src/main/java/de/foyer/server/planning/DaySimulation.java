package de.foyer.server.planning;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.queue.CallPolicy;
import de.foyer.server.queue.Ticket;
import de.foyer.server.queue.TicketChannel;
import de.foyer.server.queue.WaitEstimator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A discrete-event simulation of one day: arrivals, check-ins, walk-in tickets (refused, as the
 * server refuses them, when the estimated wait would run past closing) and clerks who press
 * "next" whenever they are free. Who is called is decided by the server's own {@link CallPolicy},
 * the wait estimate by its own {@link WaitEstimator}. Clerks serve until the queue is empty.
 */
public final class DaySimulation {

    /** Check-in is allowed from 30 minutes before an appointment until 10 minutes after it. */
    static final long CHECK_IN_BEFORE = 30 * 60;
    static final long CHECK_IN_AFTER = 10 * 60;
    /** From the call until the citizen sits at the counter. */
    static final long WALK_UP = 30;
    /**
     * Some citizens are not in the room when their number comes up (outside, on the phone, asleep):
     * the clerk recalls after a minute, at most twice, then marks a no-show at the counter.
     */
    public static final double ABSENT_AT_CALL = 0.05;
    static final long RECALL_AFTER = 60;
    public static final int MOST_RECALLS = 2;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final Catalogue catalogue;
    private final OfficeLayout layout;
    private final CallPolicy policy;
    private final WaitEstimator estimator = new WaitEstimator();

    public DaySimulation(Catalogue catalogue, OfficeLayout layout, Duration ageing) {
        this.catalogue = catalogue;
        this.layout = layout;
        this.policy = new CallPolicy(ageing);
    }

    public DayOutcome run(Scenario scenario, List<Citizen> citizens, Map<Integer, Integer> appointments) {
        return run(scenario, citizens, appointments, Map.of());
    }

    /**
     * A day whose {@code released} appointments (former minute by citizen id) were given back
     * before it: whoever of them comes anyway draws a walk-in ticket at the former time.
     */
    public DayOutcome run(Scenario scenario, List<Citizen> citizens, Map<Integer, Integer> appointments,
                          Map<Integer, Integer> released) {
        return new Run(scenario, citizens.size()).play(citizens, appointments, released);
    }

    private record Step(long at, long order, Runnable action) {
    }

    private record Waiting(Citizen citizen, Visit.Outcome outcome, long appointment, long queuedAt) {
    }

    private static final class Clerk {
        final String counter;
        final Set<String> services;
        final int position;
        long idleSince;

        Clerk(String counter, Set<String> services, int position) {
            this.counter = counter;
            this.services = services;
            this.position = position;
        }
    }

    /** The mutable state of one day; {@link DaySimulation} itself stays stateless. */
    private final class Run {
        private final PriorityQueue<Step> agenda = new PriorityQueue<>(Comparator.comparingLong(Step::at).thenComparingLong(Step::order));
        private final List<Ticket> queue = new ArrayList<>();
        private final Map<String, Waiting> waiting = new HashMap<>();
        private final List<Clerk> clerks = new ArrayList<>();
        private final Map<String, Set<String>> servicesByCounter = layout.servicesByCounter();
        private final Set<String> staffed;
        private final Map<String, Integer> durations = catalogue.durations();
        private final Visit[] visits;
        private final Instant opening;
        private final long closing;
        private long now;
        private long order;
        private int numbers;
        private double idleSeconds;
        private long lastDone;

        Run(Scenario scenario, int citizens) {
            visits = new Visit[citizens];
            opening = DAY.atTime(scenario.opens()).atZone(ZONE).toInstant();
            closing = scenario.openSeconds();
            staffed = Set.copyOf(layout.staffed(scenario.presentClerks()));
            List<String> counters = layout.staffed(scenario.presentClerks());
            for (int position = 0; position < counters.size(); position++) {
                clerks.add(new Clerk(counters.get(position), servicesByCounter.get(counters.get(position)), position));
            }
        }

        DayOutcome play(List<Citizen> citizens, Map<Integer, Integer> appointments, Map<Integer, Integer> released) {
            for (Citizen citizen : citizens) {
                Integer minute = appointments.get(citizen.id());
                Integer former = released.get(citizen.id());
                if (former != null && citizen.noShow()) {
                    visits[citizen.id()] = new Visit(citizen, Visit.Outcome.RELEASED, former * 60L, -1, -1, -1);
                } else if (former != null) {
                    long comes = Math.max(0, former * 60L + Math.round(citizen.arrivalOffsetMinutes() * 60));
                    at(comes, () -> walkIn(citizen, Visit.Outcome.WALK_IN, -1));
                } else if (minute == null) {
                    at(Math.round(citizen.preferredMinute() * 60), () -> walkIn(citizen, Visit.Outcome.WALK_IN, -1));
                } else if (citizen.noShow()) {
                    visits[citizen.id()] = new Visit(citizen, Visit.Outcome.NO_SHOW, minute * 60L, -1, -1, -1);
                } else {
                    long appointment = minute * 60L;
                    at(Math.max(0, appointment + Math.round(citizen.arrivalOffsetMinutes() * 60)), () -> arrive(citizen, appointment));
                }
            }
            while (!agenda.isEmpty()) {
                Step step = agenda.poll();
                now = step.at();
                step.action().run();
            }
            // Nobody on duty serves what they came for (too few clerks at the counters that do): still waiting at the end.
            waiting.values().forEach(left -> visits[left.citizen().id()] = new Visit(left.citizen(), Visit.Outcome.NOT_SERVED,
                    left.appointment(), left.queuedAt(), -1, -1));
            clerks.forEach(clerk -> idleSeconds += idleWithinOpening(clerk.idleSince, Math.max(closing, clerk.idleSince)));
            return new DayOutcome(List.of(visits), idleSeconds / 60, lastDone);
        }

        private void arrive(Citizen citizen, long appointment) {
            if (now > appointment + CHECK_IN_AFTER) {
                walkIn(citizen, Visit.Outcome.LATE_WALK_IN, appointment);
            } else if (now < appointment - CHECK_IN_BEFORE) {
                at(appointment - CHECK_IN_BEFORE, () -> enqueue(citizen, Visit.Outcome.BOOKED, appointment));
            } else {
                enqueue(citizen, Visit.Outcome.BOOKED, appointment);
            }
        }

        private void walkIn(Citizen citizen, Visit.Outcome outcome, long appointment) {
            int wait = estimator.minutes(citizen.serviceId(), queue, servicesByCounter, staffed, durations);
            if (now + (wait + (long) citizen.plannedMinutes()) * 60 > closing) {
                visits[citizen.id()] = new Visit(citizen, Visit.Outcome.TURNED_AWAY, appointment, now, -1, -1);
                return;
            }
            enqueue(citizen, outcome, appointment);
        }

        private void enqueue(Citizen citizen, Visit.Outcome outcome, long appointment) {
            boolean booked = outcome == Visit.Outcome.BOOKED;
            Instant due = booked ? instant(appointment) : null;
            Ticket.Draw draw = new Ticket.Draw("t" + citizen.id(), "sim", DAY, String.format("S%04d", ++numbers),
                    citizen.serviceId(), citizen.persons(), TicketChannel.KIOSK, instant(now), "t" + citizen.id(),
                    CitizenLanguage.DE);
            Ticket ticket = booked ? Ticket.appointment(draw, due) : Ticket.walkIn(draw);
            queue.add(ticket);
            waiting.put(ticket.id(), new Waiting(citizen, outcome, appointment, now));
            callIfFree();
        }

        /** Every free clerk, longest idle first, presses "next"; the policy decides whom they get. */
        private void callIfFree() {
            List<Clerk> free = clerks.stream().filter(clerk -> clerk.idleSince >= 0)
                    .sorted(Comparator.comparingLong((Clerk clerk) -> clerk.idleSince).thenComparingInt(clerk -> clerk.position))
                    .toList();
            for (Clerk clerk : free) {
                List<Ticket> ranked = policy.rank(clerk.counter, clerk.services, queue, instant(now));
                if (!ranked.isEmpty()) {
                    call(clerk, ranked.get(0));
                }
            }
        }

        private void call(Clerk clerk, Ticket ticket) {
            queue.remove(ticket);
            Waiting called = waiting.remove(ticket.id());
            idleSeconds += idleWithinOpening(clerk.idleSince, now);
            clerk.idleSince = -1;
            int recalls = recallsNeeded(called.citizen());
            long done;
            if (recalls > MOST_RECALLS) {
                done = now + WALK_UP + MOST_RECALLS * RECALL_AFTER;
                visits[called.citizen().id()] = new Visit(called.citizen(), Visit.Outcome.MISSED_CALL, called.appointment(),
                        called.queuedAt(), now, done, MOST_RECALLS);
            } else {
                done = now + WALK_UP + recalls * RECALL_AFTER + Math.round(called.citizen().serviceMinutes() * 60);
                visits[called.citizen().id()] = new Visit(called.citizen(), called.outcome(), called.appointment(), called.queuedAt(),
                        now, done, recalls);
            }
            at(done, () -> {
                clerk.idleSince = now;
                lastDone = Math.max(lastDone, now);
                callIfFree();
            });
        }

        /**
         * How many recalls it takes until the citizen stands at the counter (more than the most:
         * never). Drawn from the citizen's own number, not from the day's random sequence, so the
         * citizens of a seed stay the same citizens.
         */
        private int recallsNeeded(Citizen citizen) {
            java.util.SplittableRandom draw = new java.util.SplittableRandom(citizen.id() * 0x9E3779B97F4A7C15L + citizen.serviceId().hashCode());
            if (draw.nextDouble() >= ABSENT_AT_CALL) {
                return 0;
            }
            double back = draw.nextDouble();
            return back < 0.6 ? 1 : back < 0.8 ? 2 : MOST_RECALLS + 1;
        }

        private double idleWithinOpening(long from, long to) {
            return Math.max(0, Math.min(to, closing) - Math.max(from, 0));
        }

        private void at(long time, Runnable action) {
            agenda.add(new Step(time, order++, action));
        }

        private Instant instant(long secondsAfterOpening) {
            return opening.plusSeconds(secondsAfterOpening);
        }
    }
}
