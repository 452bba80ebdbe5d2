package de.foyer.server.queue;

import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Twenty clerks press "next" at once, over and over: nobody is called twice and nobody is lost. */
class ConcurrentNextTest {

    private static final int CLERKS = 20;
    private static final int TICKETS = 2000;

    @Test
    void twentyClerksCallTwoThousandTicketsEachExactlyOnce() throws Exception {
        try (TestServer server = TestServer.start()) {
            prepareCountersClerksAndTickets(server);
            ConcurrentLinkedQueue<String> called = new ConcurrentLinkedQueue<>();
            CountDownLatch ready = new CountDownLatch(CLERKS);
            ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
            List<Future<Integer>> results = new ArrayList<>();
            for (int n = 1; n <= CLERKS; n++) {
                int clerkNumber = n;
                results.add(clerks.submit(() -> callUntilNobodyWaits(server.http, clerkNumber, ready, called)));
            }
            int statuses = 0;
            for (Future<Integer> result : results) {
                statuses += result.get(5, TimeUnit.MINUTES);
            }
            clerks.shutdown();

            assertThat(statuses).as("every answer was 200 or 204").isEqualTo(CLERKS);
            assertThat(called).hasSize(TICKETS);
            assertThat(new HashSet<>(called)).hasSize(TICKETS).isEqualTo(allTicketIds(server));
            assertThat(count(server, "SELECT count(*) FROM tickets WHERE status = 'WAITING'")).isZero();
            assertThat(count(server, "SELECT count(DISTINCT ticket_id) FROM calls")).isEqualTo(TICKETS);
            assertThat(count(server, "SELECT count(*) FROM calls")).isEqualTo(TICKETS);
        }
    }

    /** Returns 1 when the clerk ended on a 204 with no other status seen on the way. */
    private static int callUntilNobodyWaits(Http http, int clerkNumber, CountDownLatch ready, ConcurrentLinkedQueue<String> called)
            throws InterruptedException {
        String token = http.login("load" + clerkNumber);
        String counter = "/api/v1/counters/load-" + clerkNumber;
        assertThat(http.post(counter + "/open", token, null).status()).isEqualTo(204);
        ready.countDown();
        ready.await();
        while (true) {
            Http.Response response = http.post(counter + "/next", token, null);
            if (response.status() == 204) {
                return 1;
            }
            if (response.status() != 200) {
                throw new AssertionError("next answered " + response.status() + " " + response.body());
            }
            called.add(response.json().path("ticket").path("id").asText());
        }
    }

    private static void prepareCountersClerksAndTickets(TestServer server) {
        server.database.jdbi().useTransaction(handle -> {
            handle.execute("""
                    INSERT INTO clerks (id, office_id, username, display_name, password_hash, role)
                    SELECT 'load' || n, office_id, 'load' || n, 'Load ' || n, password_hash, 'CLERK'
                    FROM clerks, generate_series(1, ?) AS n WHERE id = 'clerk1'""", CLERKS);
            handle.execute("""
                    INSERT INTO counters (id, office_id, name, waiting_area_id, position)
                    SELECT 'load-' || n, 'buergerbuero', 'L' || n, 'buergerbuero-a', 100 + n FROM generate_series(1, ?) AS n""", CLERKS);
            handle.execute("""
                    INSERT INTO counter_services (counter_id, service_id)
                    SELECT c.id, s.id FROM counters c, services s WHERE c.id LIKE 'load-%'""");
            // Tickets straight into the table: issuing through the kiosk would stop at closing time,
            // and this test is about calling them.
            handle.execute("""
                    INSERT INTO tickets (id, office_id, day, number, service_id, kind, channel, status, issued_at, queued_at, link_token)
                    SELECT 'load-ticket-' || n, 'buergerbuero', DATE '2026-11-24', 'X' || lpad(n::text, 4, '0'),
                           (SELECT id FROM services ORDER BY id OFFSET (n % 30) LIMIT 1), 'WALK_IN', 'KIOSK', 'WAITING',
                           TIMESTAMPTZ '2026-11-24 08:00:00+01' + n * INTERVAL '1 second',
                           TIMESTAMPTZ '2026-11-24 08:00:00+01' + n * INTERVAL '1 second', 'link-' || n
                    FROM generate_series(1, ?) AS n""", TICKETS);
        });
    }

    private static Set<String> allTicketIds(TestServer server) {
        return new HashSet<>(server.database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT id FROM tickets").mapTo(String.class).list()));
    }

    private static int count(TestServer server, String sql) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }
}
