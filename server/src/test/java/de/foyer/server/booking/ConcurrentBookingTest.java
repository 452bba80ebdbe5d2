package de.foyer.server.booking;

import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
@ExtendWith(Fixtures.class)
class ConcurrentBookingTest {

    private static final int CLIENTS = 200;
    private static final int SLOTS = 20;
    private static final LocalDateTime WEDNESDAY_EIGHT = LocalDateTime.of(2026, 11, 25, 8, 0);
    private BookingTestServer server;

    @BeforeEach
    void start(BookingTestServer server) {
        this.server = server;
        // One lane, all of it online, Wednesday 8–13: twenty times of 15 minutes.
        server.rules("staffed_counters = 1, online_quota_percent = 100");
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

    /**
     * Two- and three-person bookings take 30 and 45 minutes and start every half hour, one-person
     * bookings every quarter: a booking at 8:00 for two and one at 8:15 for one have different starts
     * but overlap. Half book online, half are booked by staff for callers (no quota, so no hour lock):
     * all race at once, and whatever each planner saw, no lane ends up holding two citizens at the
     * same minute (a guard on equal starts alone lets such pairs through).
     */
    @Test
    void multiPersonBookingsRacingForOverlappingTimesNeverShareALaneMinute() throws Exception {
        int clients = 90;
        String clerk = server.http.login("clerk1");
        java.util.Random random = new java.util.Random(16);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int persons = 1 + random.nextInt(3);
            int step = persons == 1 ? 15 : 30;
            int latestStart = 5 * 60 - 15 * persons;
            LocalDateTime wanted = WEDNESDAY_EIGHT.plusMinutes((long) step * random.nextInt(latestStart / step + 1));
            java.util.Map<String, Object> body = BookingTestServer.booking("personalausweis-beantragen", wanted, "many" + i + "@example.de");
            body.put("persons", persons);
            boolean byStaff = i % 2 == 1;
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return byStaff ? server.http.post("/api/v1/offices/buergerbuero/bookings", clerk, Http.json(body)) : server.book(body);
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> answer : answers) {
            responses.add(answer.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.body()).isIn(201, 409));
        int overlaps = server.jdbi().withHandle(handle -> handle.createQuery("""
                SELECT count(*) FROM bookings a JOIN bookings b ON a.id < b.id AND a.office_id = b.office_id AND a.lane = b.lane
                WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
                AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at""").mapTo(Integer.class).one());
        assertThat(overlaps).as("bookings overlapping on one lane").isZero();
        int longBookings = server.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM bookings WHERE persons > 1").mapTo(Integer.class).one());
        assertThat(longBookings).as("some bookings spanning several times won").isPositive();
        assertThat(server.count("bookings")).isEqualTo((int) responses.stream().filter(response -> response.status() == 201).count());
    }

    /**
     * A time that is visibly gone is refused from what was read, without any lock: while another
     * transaction holds the day's and the hour's locks, the refusal still comes at once.
     */
    @Test
    void aTakenTimeIsRefusedWhileAnotherTransactionHoldsTheDaysAndTheHoursLocks() throws Exception {
        assertThat(server.book("personalausweis-beantragen", WEDNESDAY_EIGHT, "first@example.de").status()).isEqualTo(201);
        try (org.jdbi.v3.core.Handle holder = server.jdbi().open()) {
            holder.begin();
            BookingDao locks = new BookingDao(holder);
            locks.lockDay(BookingTestServer.OFFICE, WEDNESDAY_EIGHT.toLocalDate());
            locks.lock(List.of(BookingDao.hourKey(BookingTestServer.OFFICE, WEDNESDAY_EIGHT.toLocalDate(), 8)));
            ExecutorService citizen = Executors.newSingleThreadExecutor();
            Future<Http.Response> refusal = citizen.submit(() ->
                    server.book("personalausweis-beantragen", WEDNESDAY_EIGHT, "second@example.de"));
            Http.Response answer = refusal.get(20, TimeUnit.SECONDS);
            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.errorCode()).isEqualTo("SLOT_TAKEN");
            citizen.shutdown();
            holder.rollback();
        }
    }

    /**
     * Two lanes, a quarter of them online: the portal may sell two quarters of each hour, though the
     * lanes hold eight. Eight citizens race for 8:00–8:45. Each booking's transaction lingers
     * half a second after its insert (a trigger in this test's database: a loaded server between
     * the insert and the commit), so bookings for different quarters overlap in time; however their
     * reads interleaved, the hour ends with exactly two online bookings.
     */
    @Test
    void racingOnlineBookingsNeverPassAnHoursQuota() throws Exception {
        server.rules("staffed_counters = 2, online_quota_percent = 25");
        server.jdbi().useHandle(handle -> handle.execute("""
                CREATE FUNCTION linger_after_booking() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_sleep(0.5); RETURN NULL; END $$;
                CREATE TRIGGER linger_after_booking AFTER INSERT ON bookings FOR EACH ROW EXECUTE FUNCTION linger_after_booking();
                """));
        // The citizens have the day's page open: the server has planned it once before they click.
        assertThat(server.http.get("/api/v1/offices/buergerbuero/services/personalausweis-beantragen/slots?date=2026-11-25", null)
                .status()).isEqualTo(200);
        int clients = 8;
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            LocalDateTime wanted = WEDNESDAY_EIGHT.plusMinutes(15L * (i % 4));
            String email = "quota" + i + "@example.de";
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return server.book("personalausweis-beantragen", wanted, email);
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        int booked = 0;
        for (Future<Http.Response> answer : answers) {
            Http.Response response = answer.get(120, TimeUnit.SECONDS);
            assertThat(response.status()).as(response.body()).isIn(201, 409);
            booked += response.status() == 201 ? 1 : 0;
        }
        pool.shutdown();
        server.jdbi().useHandle(handle -> handle.execute("DROP TRIGGER linger_after_booking ON bookings"));

        assertThat(booked).isEqualTo(2);
        assertThat(server.count("bookings")).isEqualTo(2);
    }
}
