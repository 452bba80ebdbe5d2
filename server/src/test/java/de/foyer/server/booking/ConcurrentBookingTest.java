package de.foyer.server.booking;

import de.foyer.server.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Many citizens, few times: real threads through HTTP onto the real database, and no time is sold twice. */
class ConcurrentBookingTest {

    private static final int CLIENTS = 200;
    private static final int SLOTS = 20;
    private static final LocalDateTime WEDNESDAY_EIGHT = LocalDateTime.of(2026, 11, 25, 8, 0);
    private BookingTestServer server;

    @BeforeEach
    void start() {
        server = BookingTestServer.start();
        // One lane, all of it online, Wednesday 8–13: twenty times of 15 minutes.
        server.rules("staffed_counters = 1, online_quota_percent = 100");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void twoHundredClientsRaceForTwentyTimesAndExactlyTwentyWin() throws Exception {
        String slots = "/api/v1/offices/buergerbuero/services/personalausweis-beantragen/slots?date=2026-11-25";
        assertThat(server.http.get(slots, null).json().path("slots").size()).isEqualTo(SLOTS);

        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            LocalDateTime wanted = WEDNESDAY_EIGHT.plusMinutes(15L * (i % SLOTS));
            String email = "citizen" + i + "@example.de";
            answers.add(clients.submit(() -> {
                ready.countDown();
                go.await();
                return server.book("personalausweis-beantragen", wanted, email);
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            responses.add(answer.get(120, TimeUnit.SECONDS));
        }
        clients.shutdown();

        List<Http.Response> won = responses.stream().filter(response -> response.status() == 201).toList();
        List<Http.Response> lost = responses.stream().filter(response -> response.status() != 201).toList();
        assertThat(won).hasSize(SLOTS);
        assertThat(lost).hasSize(CLIENTS - SLOTS).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(409);
            assertThat(response.errorCode()).isEqualTo("SLOT_TAKEN");
        });
        assertThat(won.stream().map(response -> OffsetDateTime.parse(response.json().path("start").asText()).toInstant()))
                .as("each time once").doesNotHaveDuplicates().hasSize(SLOTS);
        int distinctStarts = server.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(DISTINCT starts_at) FROM bookings WHERE status = 'BOOKED'").mapTo(Integer.class).one());
        assertThat(distinctStarts).isEqualTo(SLOTS);
        assertThat(server.count("bookings")).isEqualTo(SLOTS);
        assertThat(server.http.get(slots, null).json().path("slots").size()).isZero();
    }
}
