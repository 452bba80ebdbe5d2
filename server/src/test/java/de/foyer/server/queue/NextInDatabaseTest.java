package de.foyer.server.queue;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.storage.Database;
import de.foyer.server.testing.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "next" in SQL must choose what {@link CallPolicy}, the specification, chooses. Each random queue
 * lives on a day of its own in one database, so all queues are written in a few batches and each
 * is asked once; times fall on whole minutes so that ties, and the ageing and due boundaries
 * themselves, come up often.
 */
class NextInDatabaseTest {

    private static final int QUEUES = 10_000;
    private static final Duration AGEING = Duration.ofMinutes(30);
    private static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 1);
    private static final TicketStatus[] STATUSES = {TicketStatus.WAITING, TicketStatus.WAITING, TicketStatus.WAITING,
            TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.DONE, TicketStatus.NO_SHOW};

    private final CallPolicy policy = new CallPolicy(AGEING);

    @Test
    void theStatementAndTheCallPolicyChooseTheSameTicketForTenThousandRandomQueues() {
        Random random = new Random(16);
        try (Database database = TestDatabase.create()) {
            database.jdbi().useTransaction(handle -> {
                String office = handle.createQuery("SELECT id FROM offices ORDER BY id LIMIT 1").mapTo(String.class).one();
                List<String> counters = handle.createQuery("SELECT id FROM counters WHERE office_id = :office ORDER BY id")
                        .bind("office", office).mapTo(String.class).list();
                List<String> services = handle.createQuery("SELECT id FROM services WHERE office_id = :office ORDER BY id")
                        .bind("office", office).mapTo(String.class).list();
                Map<String, Set<String>> served = servedBy(handle, counters);

                List<Queue> queues = new ArrayList<>();
                for (int n = 0; n < QUEUES; n++) {
                    queues.add(randomQueue(random, office, FIRST_DAY.plusDays(n), counters, services));
                }
                insert(handle, queues);

                TicketDao dao = new TicketDao(handle);
                String clerk = handle.createQuery("SELECT id FROM clerks ORDER BY id LIMIT 1").mapTo(String.class).one();
                int called = 0;
                for (Queue queue : queues) {
                    Optional<String> expected = policy.rank(queue.counter(), served.get(queue.counter()), queue.tickets(), queue.now())
                            .stream().findFirst().map(Ticket::id);
                    Optional<String> actual = dao.callNext(office, queue.counter(), clerk, queue.now(), AGEING).map(taken -> taken.ticket().id());
                    assertThat(actual).as("queue of %s at counter %s: %s", queue.day(), queue.counter(), queue.tickets())
                            .isEqualTo(expected);
                    called += actual.isPresent() ? 1 : 0;
                }
                assertThat(called).as("most queues had someone to call").isGreaterThan(QUEUES / 2);
                handle.rollback();
            });
        }
    }

    private record Queue(LocalDate day, String counter, Instant now, List<Ticket> tickets) {
    }

    private static Queue randomQueue(Random random, String office, LocalDate day, List<String> counters, List<String> services) {
        Instant now = day.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        String counter = counters.get(random.nextInt(counters.size()));
        int size = random.nextInt(13);
        List<Integer> numbers = new ArrayList<>();
        for (int number = 1; number <= 40; number++) {
            numbers.add(number);
        }
        Collections.shuffle(numbers, random);
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            // Queued within the last 70 minutes, in steps of 5: ties, and tickets aged exactly at "now".
            Instant queued = now.minus(Duration.ofMinutes(5L * random.nextInt(15)));
            boolean appointment = random.nextBoolean();
            Instant due = appointment ? now.plus(Duration.ofMinutes(5L * (random.nextInt(9) - 6))) : null;
            String target = random.nextInt(6) == 0 ? counters.get(random.nextInt(counters.size())) : null;
            String number = "ABC".charAt(random.nextInt(3)) + String.format("%03d", numbers.get(i));
            String id = day + "-" + i;
            Ticket.Draw draw = new Ticket.Draw(id, office, day, number, services.get(random.nextInt(services.size())), 1,
                    TicketChannel.KIOSK, queued, "link-" + id, CitizenLanguage.DE);
            Ticket fresh = appointment ? Ticket.appointment(draw, due) : Ticket.walkIn(draw);
            tickets.add(TestTickets.inStatus(TestTickets.targetedAt(fresh, target), STATUSES[random.nextInt(STATUSES.length)]));
        }
        return new Queue(day, counter, now, tickets);
    }

    private static void insert(Handle handle, List<Queue> queues) {
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO tickets (id, office_id, day, number, service_id, persons, kind, channel, status,
                    issued_at, queued_at, due_at, appointment_at, target_counter_id, link_token)
                VALUES (:id, :officeId, :day, :number, :serviceId, :persons, :kind, :channel, :status,
                    :issuedAt, :queuedAt, :dueAt, :appointmentAt, :targetCounterId, :linkToken)""");
        for (Queue queue : queues) {
            for (Ticket ticket : queue.tickets()) {
                batch.bindMethods(ticket).add();
            }
        }
        batch.execute();
    }

    private static Map<String, Set<String>> servedBy(Handle handle, List<String> counters) {
        Map<String, Set<String>> served = new HashMap<>();
        for (String counter : counters) {
            served.put(counter, new HashSet<>(handle.createQuery("SELECT service_id FROM counter_services WHERE counter_id = :counter")
                    .bind("counter", counter).mapTo(String.class).list()));
        }
        return served;
    }
}
