package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Http;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saturdays booked beyond the counters by the no-shows the office measured on Saturdays, at most the
 * rules' limit; other weekdays as before.
 */
class OverbookingTest {

    private static final String SERVICE = "anmeldung";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** The Saturday after the test clock's Tuesday, open 9–12. */
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    private BookingTestServer server;
    private int serial;

    @BeforeEach
    void start() {
        server = BookingTestServer.start();
        server.rules("staffed_counters = 4, online_quota_percent = 100, overbooking_percent = 25, overbooking_weekdays = " + (1 << 6));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSaturdayWithAQuarterOfNoShowsOffersAFifthLaneAndNoMore() {
        pastSaturdays(3, 1);
        fill(SATURDAY, "09:00", 4);
        assertThat(starts(SATURDAY)).as("four counters, all booked at 9:00, one lane beyond").contains("09:00");

        Http.Response booked = server.book(SERVICE, SATURDAY.atTime(9, 0), "fuenfte@example.de");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(lanesAt(SATURDAY, "09:00")).containsExactly(1, 2, 3, 4, 5);
        assertThat(starts(SATURDAY)).doesNotContain("09:00");
        Http.Response sixth = server.book(SERVICE, SATURDAY.atTime(9, 0), "sechste@example.de");
        assertThat(sixth.status()).isEqualTo(409);
        assertThat(sixth.errorCode()).isEqualTo("SLOT_TAKEN");
    }

    @Test
    void moreNoShowsThanTheLimitAreOverbookedOnlyToTheLimit() {
        pastSaturdays(1, 1);
        fill(SATURDAY, "09:00", 5);

        assertThat(starts(SATURDAY)).as("half did not come, but 25 % of four counters is one lane").doesNotContain("09:00");
        server.rules("overbooking_percent = 0");
        fill(SATURDAY, "09:30", 4);
        assertThat(starts(SATURDAY)).as("the limit at 0: no overbooking").doesNotContain("09:30");
    }

    @Test
    void aWeekdayNotChosenIsNotOverbookedAndASaturdayWithoutNoShowsNeitherIs() {
        pastSaturdays(4, 0);
        pastDays(FRIDAY, 1, 1);
        fill(FRIDAY, "08:00", 4);
        fill(SATURDAY, "09:00", 4);

        assertThat(starts(FRIDAY)).doesNotContain("08:00");
        assertThat(starts(SATURDAY)).doesNotContain("09:00");
    }

    @Test
    void theSettingsTakeTheWeekdaysAndTheirLimit() {
        String admin = server.http.login("admin");
        Http.Response saved = server.http.send("PUT", "/api/v1/admin/rules", admin,
                "{\"overbookingPercent\":15,\"overbookingWeekdays\":[6,3]}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(204);
        JsonNode rules = server.http.get("/api/v1/admin/settings", admin).json().path("bookingRules");
        assertThat(rules.path("overbookingPercent").asInt()).isEqualTo(15);
        assertThat(rules.path("overbookingWeekdays").toString()).isEqualTo("[3,6]");

        Http.Response wrongDay = server.http.send("PUT", "/api/v1/admin/rules", admin, "{\"overbookingWeekdays\":[9]}");
        assertThat(wrongDay.status()).isEqualTo(400);
        assertThat(wrongDay.errorCode()).isEqualTo("INVALID_WEEKDAY");
        Http.Response tooMuch = server.http.send("PUT", "/api/v1/admin/rules", admin, "{\"overbookingPercent\":40}");
        assertThat(tooMuch.status()).isEqualTo(400);
        Http.Response misspelt = server.http.send("PUT", "/api/v1/admin/rules", admin, "{\"overbookingPercnt\":20}");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.errorCode()).isEqualTo("UNKNOWN_FIELD");
        assertThat(misspelt.body()).contains("'overbookingPercnt'", "overbookingPercent");
        assertThat(server.http.get("/api/v1/admin/settings", admin).json().path("bookingRules").path("overbookingPercent").asInt())
                .as("refused changes change nothing").isEqualTo(15);
    }

    @Test
    void theNoShowsAreReadOnceADayNotForEveryBooking() {
        pastSaturdays(4, 0);
        AtomicInteger reads = new AtomicInteger();
        server.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                if (context.getRawSql().contains("'NO_SHOW'")) {
                    reads.incrementAndGet();
                }
            }
        });
        fill(SATURDAY, "09:00", 4);
        for (int citizen = 0; citizen < 4; citizen++) {
            assertThat(server.book(SERVICE, SATURDAY.atTime(10, 0), "samstag" + citizen + "@example.de").status()).isEqualTo(201);
            assertThat(starts(SATURDAY)).as("no Saturday was missed: no lane beyond").doesNotContain("09:00");
        }
        assertThat(reads.get()).as("four bookings and four pages of free times on one day, one read").isEqualTo(1);

        for (int lane = 1; lane <= 4; lane++) {
            insert(SATURDAY.minusWeeks(1), "11:00", lane, "NO_SHOW");
        }
        assertThat(starts(SATURDAY)).as("the day's figure holds for the day").doesNotContain("09:00");
        server.clock.advance(Duration.ofDays(1));
        assertThat(starts(SATURDAY)).as("the next day reads them again: 4 of 36 missed, a fifth lane").contains("09:00");
        assertThat(reads.get()).isEqualTo(2);
    }

    /** The eight Saturdays before the test clock's day, each with appointments kept and missed. */
    private void pastSaturdays(int came, int missed) {
        for (int week = 1; week <= 8; week++) {
            pastDays(SATURDAY.minusWeeks(week), came, missed);
        }
    }

    private void pastDays(LocalDate day, int came, int missed) {
        for (int i = 0; i < came + missed; i++) {
            insert(day, "10:00", i + 1, i < came ? "CHECKED_IN" : "NO_SHOW");
        }
    }

    /** Books the first lanes at that time for half an hour, as other citizens did. */
    private void fill(LocalDate day, String time, int lanes) {
        for (int lane = 1; lane <= lanes; lane++) {
            insert(day, time, lane, "BOOKED");
        }
    }

    private void insert(LocalDate day, String time, int lane, String status) {
        String id = "o" + (++serial);
        var start = day.atTime(java.time.LocalTime.parse(time)).atZone(BERLIN).toInstant();
        server.jdbi().useHandle(handle -> handle.execute("""
                        INSERT INTO bookings (id, code, office_id, service_id, persons, day, starts_at, ends_at, lane, channel, status, booked_at)
                        VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, 'ONLINE', ?, ?)""",
                id, "OVER" + serial, BookingTestServer.OFFICE, SERVICE, day, start, start.plusSeconds(1800), lane, status,
                start.minusSeconds(86_400 * 3)));
    }

    private List<String> starts(LocalDate day) {
        JsonNode slots = server.http.get("/api/v1/offices/" + BookingTestServer.OFFICE + "/services/" + SERVICE + "/slots?date=" + day, null)
                .json().path("slots");
        List<String> starts = new ArrayList<>();
        slots.forEach(slot -> {
            String start = slot.path("start").asText();
            starts.add(start.substring(start.indexOf('T') + 1, start.indexOf('T') + 6));
        });
        return starts;
    }

    private List<Integer> lanesAt(LocalDate day, String time) {
        var start = day.atTime(java.time.LocalTime.parse(time)).atZone(BERLIN).toInstant();
        return server.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT lane FROM bookings WHERE starts_at = :start AND status = 'BOOKED' ORDER BY lane")
                .bind("start", start).mapTo(Integer.class).list());
    }
}
