package de.foyer.server.stats;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The figures of a seeded month against the same figures computed here another way: by the
 * database's own aggregates (percentile_cont, percentile_disc, GROUP BY) over the raw rows, and the
 * counters' open hours by hand from the schedule the seed wrote.
 */
class StatisticsTest {

    private static final String RANGE = "?from=2026-10-01&to=2026-10-31";
    private static TestServer server;
    private static String admin;
    private static JsonNode report;

    @BeforeAll
    static void seedAMonth() {
        server = TestServer.start();
        new SeededMonth().seed(server.database.jdbi());
        admin = server.http.login("admin");
        Http.Response answer = server.http.get("/api/v1/admin/statistics" + RANGE, admin);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        report = answer.json();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void casesPerDayAreTheMonthsTicketsByKind() {
        Map<String, String> expected = rows("""
                SELECT day::text, count(*) FILTER (WHERE kind = 'WALK_IN') || '/' || count(*) FILTER (WHERE kind = 'APPOINTMENT')
                FROM tickets WHERE day BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY day""");
        Map<String, String> actual = new TreeMap<>();
        report.path("casesPerDay").forEach(day -> {
            if (day.path("walkIns").asInt() + day.path("appointments").asInt() > 0) {
                actual.put(day.path("date").asText(), day.path("walkIns").asInt() + "/" + day.path("appointments").asInt());
            }
        });

        assertThat(report.path("casesPerDay")).hasSize(31);
        assertThat(actual).isEqualTo(expected).hasSize(27);
        assertThat(report.at("/cases/total").asInt()).isEqualTo(number(
                "SELECT count(*) FROM tickets WHERE day BETWEEN '2026-10-01' AND '2026-10-31'")).isGreaterThan(150);
    }

    @Test
    void casesPerHourCountArrivalsInOfficeTime() {
        Map<String, String> expected = rows("""
                SELECT extract(hour FROM issued_at AT TIME ZONE 'Europe/Berlin')::int::text, count(*)::text
                FROM tickets WHERE day BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY 1""");
        Map<String, String> actual = new TreeMap<>();
        report.path("casesPerHour").forEach(hour -> {
            if (hour.path("cases").asInt() > 0) {
                actual.put(hour.path("hour").asText(), hour.path("cases").asText());
            }
        });

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void waitsMatchTheDatabasesPercentiles() {
        for (String kind : List.of("APPOINTMENT", "WALK_IN")) {
            Map<String, Object> expected = server.database.jdbi().withHandle(handle -> handle.createQuery("""
                            WITH waits AS (
                              SELECT greatest(0, extract(epoch FROM (SELECT min(c.called_at) FROM calls c WHERE c.ticket_id = t.id)
                                     - CASE WHEN t.kind = 'APPOINTMENT' THEN greatest(t.issued_at, t.appointment_at) ELSE t.issued_at END)) AS s
                              FROM tickets t
                              WHERE t.day BETWEEN '2026-10-01' AND '2026-10-31' AND t.kind = :kind
                                AND EXISTS (SELECT 1 FROM calls c WHERE c.ticket_id = t.id))
                            SELECT count(*) AS n, avg(s) / 60 AS mean, percentile_cont(0.5) WITHIN GROUP (ORDER BY s) / 60 AS median,
                                   percentile_disc(0.9) WITHIN GROUP (ORDER BY s) / 60 AS p90 FROM waits""")
                    .bind("kind", kind).mapToMap().one());
            JsonNode waits = find(report.path("waits"), "kind", kind);

            assertThat(waits.path("count").asLong()).as(kind).isEqualTo(((Number) expected.get("n")).longValue()).isGreaterThan(30);
            assertThat(waits.path("meanMinutes").asDouble()).as(kind + " mean").isCloseTo(decimal(expected.get("mean")), within(0.051));
            assertThat(waits.path("medianMinutes").asDouble()).as(kind + " median").isCloseTo(decimal(expected.get("median")), within(0.051));
            assertThat(waits.path("p90Minutes").asDouble()).as(kind + " p90").isCloseTo(decimal(expected.get("p90")), within(0.051));
        }
    }

    /** Every ticket drawn ends one way: served, called in vain, or still waiting when the day ended. */
    @Test
    void servedNoShowsAndNotServedAddUpToTheTicketsDrawn() {
        for (String range : List.of("?from=2026-10-06&to=2026-10-06", RANGE)) {
            JsonNode cases = server.http.get("/api/v1/admin/statistics" + range, admin).json().path("cases");
            String where = " FROM tickets WHERE day BETWEEN '" + range.substring(6, 16) + "' AND '" + range.substring(20) + "'";
            assertThat(cases.path("served").asLong()).as(range).isEqualTo(number("SELECT count(*)" + where + " AND status = 'DONE'"));
            assertThat(cases.path("noShowTickets").asLong()).as(range).isEqualTo(number("SELECT count(*)" + where + " AND status = 'NO_SHOW'"));
            assertThat(cases.path("notServed").asLong()).as(range).isEqualTo(number("SELECT count(*)" + where + " AND status = 'NOT_SERVED'"));
            assertThat(cases.path("open").asInt()).as(range).isZero();
            assertThat(cases.path("served").asInt() + cases.path("noShowTickets").asInt() + cases.path("notServed").asInt())
                    .as(range + ": they add up to the tickets drawn").isEqualTo(cases.path("total").asInt())
                    .isEqualTo((int) number("SELECT count(*)" + where));
        }
        assertThat(report.at("/cases/notServed").asInt()).as("the seed leaves some unserved").isPositive();
    }

    @Test
    void noShowsByWeekdayCountTheBookingsNobodyCameFor() {
        Map<String, String> expected = rows("""
                SELECT extract(isodow FROM day)::int::text,
                       count(*) FILTER (WHERE status = 'NO_SHOW') || '/' || count(*)
                FROM bookings WHERE day BETWEEN '2026-10-01' AND '2026-10-31' AND status <> 'CANCELLED' GROUP BY 1""");
        Map<String, String> actual = new TreeMap<>();
        report.path("noShows").forEach(day -> {
            if (day.path("appointments").asInt() > 0) {
                actual.put(day.path("weekday").asText(), day.path("noShows").asInt() + "/" + day.path("appointments").asInt());
                assertThat(day.path("share").asDouble()).isCloseTo(
                        (double) day.path("noShows").asInt() / day.path("appointments").asInt(), within(0.0006));
            }
        });

        assertThat(actual).isEqualTo(expected).doesNotContainKey("7");
        assertThat(find(report.path("noShows"), "weekday", "7").path("share").isNull()).as("no Sundays").isTrue();
    }

    @Test
    void theOnlineShareIsTheCasesThatCameWithAnOnlineBooking() {
        long cases = number("SELECT count(*) FROM tickets WHERE day BETWEEN '2026-10-01' AND '2026-10-31'");
        long online = number("""
                SELECT count(*) FROM tickets t JOIN bookings b ON b.ticket_id = t.id AND b.channel = 'ONLINE'
                WHERE t.day BETWEEN '2026-10-01' AND '2026-10-31'""");

        assertThat(report.at("/online/casesBookedOnline").asLong()).isEqualTo(online);
        assertThat(report.at("/online/share").asDouble()).isCloseTo((double) online / cases, within(0.0006));
        assertThat(report.at("/online/bookingsByChannel/STAFF").asLong()).isEqualTo(number("""
                SELECT count(*) FROM bookings WHERE day BETWEEN '2026-10-01' AND '2026-10-31'
                AND status <> 'CANCELLED' AND channel = 'STAFF'"""));
    }

    /** Open hours by hand: counter 2 was never closed, so it counts until the office closed each day. */
    @Test
    void utilisationIsServingTimeOverOpenTime() {
        Map<DayOfWeek, Double> untilClosing = Map.of(DayOfWeek.MONDAY, 8.0, DayOfWeek.TUESDAY, 10.0, DayOfWeek.WEDNESDAY, 5.0,
                DayOfWeek.THURSDAY, 10.0, DayOfWeek.FRIDAY, 5.0, DayOfWeek.SATURDAY, 4.0);
        Map<String, Double> openHours = new HashMap<>();
        for (LocalDate day = SeededMonth.FIRST; !day.isAfter(SeededMonth.LAST); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                openHours.merge("buergerbuero-1", 4.0, Double::sum);
                openHours.merge("buergerbuero-2", untilClosing.get(day.getDayOfWeek()), Double::sum);
                openHours.merge("buergerbuero-3", 1.0, Double::sum);
                openHours.merge("buergerbuero-4", 2.0, Double::sum);
            }
        }
        Map<String, String> busySeconds = rows("""
                SELECT counter_id, sum(extract(epoch FROM finished_at - called_at))::bigint::text FROM tickets
                WHERE day BETWEEN '2026-10-01' AND '2026-10-31' AND counter_id IS NOT NULL GROUP BY counter_id""");

        openHours.forEach((counter, hours) -> {
            JsonNode use = find(report.path("utilisation"), "counter", counter);
            double busyMinutes = Double.parseDouble(busySeconds.get(counter)) / 60;
            assertThat(use.path("staffedMinutes").asDouble()).as(counter).isEqualTo(hours * 60);
            assertThat(use.path("busyMinutes").asDouble()).as(counter).isCloseTo(busyMinutes, within(0.051));
            assertThat(use.path("share").asDouble()).as(counter).isCloseTo(Math.min(1, busyMinutes / (hours * 60)), within(0.0006));
        });
        assertThat(find(report.path("utilisation"), "counter", "buergerbuero-7").path("share").isNull()).isTrue();
    }

    @Test
    void theCsvCarriesTheSameFigures() {
        Http.Response csv = server.http.get("/api/v1/admin/statistics.csv" + RANGE, admin);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.raw().headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("foyer-statistik-2026-10-01-2026-10-31.csv"));
        Map<String, String> figures = new HashMap<>();
        csv.body().replace("\uFEFF", "").lines().skip(1).forEach(line -> {
            String[] cells = line.split(";", -1);
            figures.put(cells[0] + "/" + cells[1] + "/" + cells[2], cells[3]);
        });

        assertThat(figures.get("cases/total/")).isEqualTo(report.at("/cases/total").asText());
        assertThat(figures.get("cases/not_served/")).isEqualTo(report.at("/cases/notServed").asText());
        assertThat(figures.get("waits/WALK_IN/median_minutes").replace(',', '.'))
                .isEqualTo(Double.toString(find(report.path("waits"), "kind", "WALK_IN").path("medianMinutes").asDouble()).replaceAll("\\.0$", ""));
        assertThat(figures.get("cases_per_day/2026-10-06/walk_ins")).isEqualTo(find(report.path("casesPerDay"), "date", "2026-10-06")
                .path("walkIns").asText());
        assertThat(figures).containsKeys("no_shows/6/share", "utilisation/buergerbuero-2/share", "online/share/");
    }

    @Test
    void aClerkSeesNoStatistics() {
        String clerk = server.http.login("clerk1");

        for (String path : List.of("/api/v1/admin/statistics" + RANGE, "/api/v1/admin/statistics.csv" + RANGE)) {
            Http.Response answer = server.http.get(path, clerk);
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.errorCode()).isEqualTo("FORBIDDEN");
            assertThat(server.http.get(path, null).status()).as(path + " without login").isEqualTo(401);
        }
    }

    @Test
    void badRangesAreRefusedWithACode() {
        assertThat(server.http.get("/api/v1/admin/statistics?from=2026-10-31&to=2026-10-01", admin).errorCode()).isEqualTo("INVALID_RANGE");
        assertThat(server.http.get("/api/v1/admin/statistics?from=2026-13-01", admin).errorCode()).isEqualTo("INVALID_DATE");
        Http.Response tooLong = server.http.get("/api/v1/admin/statistics?from=2025-01-01&to=2026-10-01", admin);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorCode()).isEqualTo("RANGE_TOO_LONG");
    }

    private static Map<String, String> rows(String sql) {
        Map<String, String> rows = new TreeMap<>();
        server.database.jdbi().useHandle(handle -> handle.createQuery(sql)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(row -> rows.put(row.getKey(), row.getValue())));
        return rows;
    }

    private static long number(String sql) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    private static double decimal(Object value) {
        return ((Number) value).doubleValue();
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.path(field).asText().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("No element with " + field + " = " + value + " in " + array);
    }
}
