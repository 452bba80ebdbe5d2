package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.MailCatcher;
import de.foyer.server.testing.MailParts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newly released day under a rush: 20 mailboxes, each tried from 50 client addresses, ask for its
 * four times in the draw's window. Each mailbox joins the draw once; at its end the lots give each
 * at most one time, and those the lot did not draw are told so by mail.
 */
class ReleaseDrawTest {

    private static final String SERVICE = "personalausweis-beantragen";
    /** Tuesday 07:02: the day three days ahead, Friday, opened at 07:00 and its draw runs until 07:10. */
    private static final LocalDateTime IN_THE_WINDOW = LocalDateTime.of(2026, 11, 24, 7, 2);
    private static final int MAILBOXES = 20;
    private static final int ADDRESSES = 50;

    private MailCatcher mail;
    private BookingTestServer server;

    @BeforeEach
    void start() {
        mail = MailCatcher.start();
        server = BookingTestServer.start(BookingTestServer.settings().withMail(mail.settings()), 100_000);
        server.rules("horizon_days = 3, release_hour = 7, draw_minutes = 10, staffed_counters = 1, online_quota_percent = 100");
        server.hours(5, "08:00-09:00");
        server.clock.set(IN_THE_WINDOW);
    }

    @AfterEach
    void stop() {
        server.close();
        mail.close();
    }

    @Test
    void aRushOnANewDayGetsAtMostOneTimePerMailboxByLot() throws Exception {
        List<String> friday = starts("2026-11-27");
        assertThat(friday).hasSize(4);
        assertThat(server.http.get("/services/" + SERVICE + "/times?persons=1&date=2026-11-27", null).body())
                .as("the day's page says its times are drawn, and when").contains("data-draw").contains("07:10");
        assertThat(server.http.get("/api/v1/offices/" + BookingTestServer.OFFICE + "/services/" + SERVICE + "/slots?date=2026-11-28", null)
                .status()).as("Saturday opens tomorrow").isEqualTo(400);

        List<Integer> answers = rush(friday);
        assertThat(answers.stream().filter(status -> status == 202)).as("each mailbox joins once").hasSize(MAILBOXES);
        assertThat(answers.stream().filter(status -> status == 409)).hasSize(MAILBOXES * ADDRESSES - MAILBOXES);
        assertThat(server.count("bookings WHERE day = '2026-11-27'")).as("nothing is booked before the draw").isZero();

        server.clock.set(IN_THE_WINDOW.plusMinutes(7));
        server.runJobs();
        assertThat(server.count("draw_entries WHERE lot IS NOT NULL")).as("not before the window and its grace have passed").isZero();

        server.clock.set(IN_THE_WINDOW.plusMinutes(10));
        server.runJobs();
        assertThat(server.count("bookings WHERE day = '2026-11-27' AND status = 'BOOKED'")).isEqualTo(4);
        assertThat(server.count("(SELECT email_key FROM bookings WHERE day = '2026-11-27' GROUP BY email_key HAVING count(*) > 1) AS twice"))
                .as("mailboxes with two times").isZero();
        List<Integer> lots = server.jdbi().withHandle(handle -> handle.createQuery("SELECT lot FROM draw_entries ORDER BY lot")
                .mapTo(Integer.class).list());
        assertThat(lots).as("every request has its own lot").containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(server.count("draw_entries WHERE outcome = 'BOOKED' AND lot <= 4")).as("the first four lots are served").isEqualTo(4);
        assertThat(server.count("draw_entries WHERE outcome = 'NOT_DRAWN' AND email IS NOT NULL")).isEqualTo(16);

        List<String> records = server.http.get("/api/v1/admin/draws.csv", server.http.login("admin")).body().lines().skip(1).toList();
        assertThat(records).as("the office's record: 20 requests in lot order, the first four booked").hasSize(20);
        assertThat(records.get(0)).startsWith("2026-11-27;" + SERVICE + ";").contains(";1;BOOKED;2026-11-27 0");
        assertThat(records.get(19)).contains(";20;NOT_DRAWN;").doesNotContain("mailbox");

        List<String> lost = new ArrayList<>();
        for (var received : mail.received()) {
            if (received.getSubject().contains("leider kein Termin")) {
                lost.add(MailParts.text(received));
            }
        }
        assertThat(lost).hasSize(16);
        assertThat(lost.get(0)).contains("https://termine.example.de/services/" + SERVICE + "/waiting-list?persons=1");

        server.clock.set(IN_THE_WINDOW.plusDays(1).plusMinutes(11));
        server.runJobs();
        assertThat(server.count("draw_entries WHERE email IS NOT NULL OR name IS NOT NULL")).as("a day later the draw forgets the addresses")
                .isZero();
    }

    /** A request planned in the window but written after the lots is refused, never left without a lot. */
    @Test
    void aRequestWrittenAfterTheLotsIsToldTheDrawWasHeld() {
        server.jdbi().useHandle(handle -> handle.execute(
                "INSERT INTO release_draws (office_id, day, drawn_at) VALUES (?, DATE '2026-11-27', now())", BookingTestServer.OFFICE));
        Http.Response late = server.book(SERVICE, LocalDateTime.of(2026, 11, 27, 8, 0), "late@example.de");
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.errorCode()).isEqualTo("DRAW_HELD");
        assertThat(server.count("draw_entries")).isZero();
    }

    /** The free times of a day, as the API lists them. */
    private List<String> starts(String day) {
        JsonNode slots = server.http.get("/api/v1/offices/" + BookingTestServer.OFFICE + "/services/" + SERVICE + "/slots?date=" + day, null)
                .json().path("slots");
        List<String> starts = new ArrayList<>();
        slots.forEach(slot -> starts.add(slot.path("start").asText()));
        return starts;
    }

    /** Every mailbox from every address, in a shuffled order, several at once; the answers' statuses. */
    private List<Integer> rush(List<String> times) throws Exception {
        List<int[]> requests = new ArrayList<>();
        for (int mailbox = 0; mailbox < MAILBOXES; mailbox++) {
            for (int address = 0; address < ADDRESSES; address++) {
                requests.add(new int[]{mailbox, address});
            }
        }
        Collections.shuffle(requests, new Random(7));
        AtomicInteger next = new AtomicInteger();
        List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, String> unexpected = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                running.add(pool.submit(() -> {
                    int[] request = requests.get(next.getAndIncrement());
                    Map<String, Object> body = BookingTestServer.booking(SERVICE, LocalDateTime.of(2026, 11, 27, 8, 0), "mailbox" + request[0] + "@example.de");
                    body.put("start", times.get((request[0] + request[1]) % times.size()));
                    Http.Response answer = server.http.send(server.http.request("/api/v1/bookings", null)
                            .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100." + request[1])
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Http.json(body))));
                    answers.add(answer.status());
                    if (answer.status() != 202 && !"ALREADY_IN_DRAW".equals(answer.errorCode())) {
                        unexpected.put(answer.status(), answer.body());
                    }
                }));
            }
            for (Future<?> request : running) {
                request.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(unexpected).as("answers other than 202 and ALREADY_IN_DRAW").isEmpty();
        return answers;
    }
}
