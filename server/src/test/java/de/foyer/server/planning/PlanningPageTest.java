package de.foyer.server.planning;

import de.foyer.server.stats.Charts;
import de.foyer.server.stats.SeededMonth;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The capacity-planning page: the bench's model on the office's own counters, services and history. */
class PlanningPageTest {

    /** The Saturdays of the four weeks before 2 November 2026. */
    private static final String SATURDAYS = "('2026-10-10', '2026-10-17', '2026-10-24', '2026-10-31')";

    private static TestServer server;
    private static String admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = server.http.login("admin");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withoutHistoryTheDemoOfficesMondayGivesTheBenchsFigures() {
        String page = page("/admin/planning?weekday=1&cases=150&booked=87&noShows=12&clerks=5&quota=75&keeping=NONE", 200);
        assertThat(page).contains("Mittelwerte über dieselben " + CapacityPlanning.DAYS + " simulierten Tage")
                .contains("Means over the same " + CapacityPlanning.DAYS + " simulated days");
        ScenarioStats bench = DayStudy.ofDemoOffice().run(Scenario.base(), CapacityPlanning.DAYS);

        assertThat(page).contains("data-basis=\"planning.basis.defaults\"");
        assertSameFigures(page, bench);
        assertThat(page).contains("<svg").contains("chart-planning-title");
    }

    @Test
    void whatIfFourClerksOnSaturdayQuota65Overbooking10IsTheBenchsModelWithTheSameInputs() {
        String question = "/admin/planning?weekday=6&cases=52&booked=87&noShows=16&clerks=4&quota=65&keeping=CONFIRMATION_AND_WAITING_LIST"
                + "&overbooking=10";
        String page = page(question, 200);
        Scenario saturday = Scenario.saturday();
        ScenarioStats bench = DayStudy.ofDemoOffice().run(new Scenario("s", "s", saturday.opens(), saturday.closes(), 52, 0.87, 0.16,
                4, 4, 65, Keeping.CONFIRMATION_AND_WAITING_LIST, 10), CapacityPlanning.DAYS);

        assertSameFigures(page, bench);
        assertThat(cell(page, "planning.fromWaitingList", 2)).isEqualTo(Charts.number(bench.fromWaitingListPerDay()));
        assertThat(page(question, 200)).as("seeded: the same question, the same answer").isEqualTo(page);
    }

    /**
     * The other tests' window (the four weeks before 24 November) holds at most one seeded Saturday
     * and no Monday, so they start from the defaults whichever runs first.
     */
    @Test
    void aMonthOfHistoryFillsTheQuestionWithTheOfficesOwnFigures() {
        new SeededMonth().seed(server.database.jdbi());
        server.clock.set(LocalDateTime.of(2026, 11, 2, 10, 0));
        try {
            long started = System.nanoTime();
            String page = page("/admin/planning?weekday=6", 200);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("Capacity planning, a month of history, Saturday: answered in " + millis + " ms");

            Map<String, Object> expected = server.database.jdbi().withHandle(handle -> handle.createQuery(
                            "SELECT (SELECT count(*) FROM tickets WHERE kind = 'WALK_IN' AND day IN " + SATURDAYS + ") AS walk_ins,"
                            + " (SELECT count(*) FROM bookings WHERE status <> 'CANCELLED' AND day IN " + SATURDAYS + ") AS booked,"
                            + " (SELECT count(*) FROM bookings WHERE status = 'NO_SHOW' AND day IN " + SATURDAYS + ") AS no_shows,"
                            + " (SELECT round(avg(n)) FROM (SELECT t.day, count(DISTINCT c.counter_id) AS n FROM calls c JOIN tickets t"
                            + " ON t.id = c.ticket_id WHERE t.day IN " + SATURDAYS + " GROUP BY t.day) AS d) AS clerks")
                    .mapToMap().one());
            long walkIns = ((Number) expected.get("walk_ins")).longValue();
            long booked = ((Number) expected.get("booked")).longValue();
            long noShows = ((Number) expected.get("no_shows")).longValue();

            assertThat(page).contains("data-basis=\"planning.basis.history\"").contains("<strong>4</strong>");
            assertThat(field(page, "cases")).isEqualTo(Long.toString(Math.round((walkIns + booked) / 4.0)));
            assertThat(field(page, "booked")).isEqualTo(Long.toString(Math.round(100.0 * booked / (walkIns + booked))));
            assertThat(field(page, "noShows")).isEqualTo(Long.toString(Math.round(100.0 * noShows / booked)));
            assertThat(field(page, "clerks")).as("the counters that called on those Saturdays")
                    .isEqualTo(Long.toString(((Number) expected.get("clerks")).longValue())).isNotEqualTo("5");
            assertThat(cell(page, "planning.walkInP90", 1)).as("as it is and as asked are the same question").isEqualTo(cell(page, "planning.walkInP90", 2));

            Habits habits = new CapacityPlanning(server.database.jdbi(), server.clock, Duration.ofMinutes(30)).habits("buergerbuero", 6);
            for (int hour = 0; hour < 3; hour++) {
                assertThat(habits.walkInHours()[hour]).as("walk-ins drawn in hour " + hour + " after opening")
                        .isEqualTo(number("SELECT count(*) FROM tickets WHERE kind = 'WALK_IN' AND day IN " + SATURDAYS
                                + " AND extract(hour FROM issued_at AT TIME ZONE 'Europe/Berlin') = " + (9 + hour)));
                assertThat(habits.bookingHours()[hour]).as("appointments in hour " + hour + " after opening")
                        .isEqualTo(number("SELECT count(*) FROM bookings WHERE status <> 'CANCELLED' AND day IN " + SATURDAYS
                                + " AND extract(hour FROM starts_at AT TIME ZONE 'Europe/Berlin') = " + (9 + hour)));
            }
            assertThat(habits.paceByService()).as("services with at least five served cases").isNotEmpty();
            habits.paceByService().forEach((service, pace) -> assertThat(pace).as(service).isCloseTo(number(
                    "SELECT avg(extract(epoch FROM finished_at - called_at) / 60 / (s.duration_minutes * t.persons)) FROM tickets t"
                            + " JOIN services s ON s.id = t.service_id WHERE t.status = 'DONE' AND t.finished_at > t.called_at AND t.day IN "
                            + SATURDAYS + " AND t.service_id = '" + service + "'"), within(1e-9)));
        } finally {
            server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 0));
        }
    }

    @Test
    void withoutHistoryASmallOfficeIsAskedAboutADayItsCounterCanServe() {
        Http http = server.http;
        String office = http.post("/api/v1/admin/offices", admin, "{\"name\":\"Jugendamt Planung\",\"state\":\"NW\"}").json().path("id").asText();
        String settings = "/api/v1/admin/offices/" + office;
        String area = http.post(settings + "/waiting-areas", admin, "{\"name\":\"Flur\"}").json().path("id").asText();
        String category = http.post(settings + "/categories", admin, "{\"name\":\"Beratung\"}").json().path("id").asText();
        String service = http.post(settings + "/services", admin, "{\"category\":\"" + category
                + "\",\"name\":\"Erziehungsberatung\",\"durationMinutes\":30,\"onlineBookable\":true}").json().path("id").asText();
        assertThat(http.post(settings + "/counters", admin, "{\"name\":\"Raum 1\",\"waitingArea\":\"" + area + "\",\"services\":[\""
                + service + "\"]}").status()).isEqualTo(201);
        assertThat(http.send("PUT", settings + "/opening-hours", admin, "{\"hours\":[{\"weekday\":1,\"open\":\"08:00\",\"close\":\"12:00\"}]}")
                .status()).isEqualTo(204);

        String page = page("/admin/planning?office=" + office + "&weekday=1", 200);

        assertThat(field(page, "clerks")).isEqualTo("1");
        // One clerk, four hours of half-hour cases: as busy as the usual office keeps its clerks, not its 75 citizens.
        assertThat(Integer.parseInt(field(page, "cases"))).isBetween(4, 8);
    }

    @Test
    void withoutHistoryASaturdayStartsFromTheUsualThreeClerks() {
        String page = page("/admin/planning?weekday=6", 200);

        assertThat(field(page, "clerks")).isEqualTo("3");
        assertThat(field(page, "cases")).as("the Monday's cases per opening hour, for 9–12").isEqualTo("56");
    }

    @Test
    void aQuestionThatDoesNotWorkIsAnsweredWithTheFormAndA400() {
        for (String query : new String[] {"weekday=1&cases=150&booked=87&noShows=12&clerks=99&quota=75&keeping=NONE",
                "weekday=1&cases=zwei&booked=87&noShows=12&clerks=5&quota=75&keeping=NONE",
                "weekday=1&cases=150&booked=187&noShows=12&clerks=5&quota=75&keeping=NONE",
                "weekday=1&cases=150&booked=87&noShows=12&clerks=5&quota=75&keeping=SOMETIMES",
                "weekday=7&cases=150&booked=87&noShows=12&clerks=5&quota=75&keeping=NONE",
                "weekday=1&cases=150&booked=87&noShows=12&clerks=5&quota=75&keeping=NONE&overbooking=30",
                "weekday=Sa", "weekday="}) {
            String page = page("/admin/planning?" + query, 400);

            assertThat(page).as(query).contains("role=\"alert\"").doesNotContain("data-table=\"planning\"").contains("<form");
        }
        String page = page("/admin/planning?weekday=7&cases=150&booked=87&noShows=12&clerks=99&quota=75"
                + "&keeping=CONFIRMATION&overbooking=5", 400);
        assertThat(page).as("each field that does not work is named").contains("data-wrong=\"planning.weekday\"")
                .contains("data-wrong=\"planning.clerks\"").doesNotContain("data-wrong=\"planning.cases\"");
        assertThat(page).as("what was chosen stays chosen").contains("value=\"CONFIRMATION\" selected");
    }

    @Test
    void asItIsIsTheOfficesOwnRules() {
        server.database.jdbi().useHandle(handle -> handle.execute("INSERT INTO booking_rules (office_id, confirm_by_hours,"
                + " overbooking_percent, overbooking_weekdays) VALUES ('buergerbuero', 12, 10, 64)"));
        try {
            String page = page("/admin/planning?weekday=6", 200);

            assertThat(given(page, "planning.overbooking")).as("the Saturday's 16 % no-shows, at most 10").isEqualTo("10");
            assertThat(given(page, "planning.keeping")).contains("Bestätigung und Warteliste");
            assertThat(given(page("/admin/planning?weekday=1", 200), "planning.overbooking")).as("Monday is not overbooked").isEqualTo("0");
        } finally {
            server.database.jdbi().useHandle(handle -> handle.execute("DELETE FROM booking_rules WHERE office_id = 'buergerbuero'"));
        }
    }

    @Test
    void onlyTheHeadOfOfficeMayPlan() {
        String clerk = server.http.login("clerk1");
        Http.Response answer = server.http.send(server.http.request("/admin/planning", clerk).header("Accept", "text/html").GET());

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("data-table=\"planning\"");
    }

    private static double number(String sql) {
        return server.database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Double.class).one());
    }

    private static void assertSameFigures(String page, ScenarioStats bench) {
        assertThat(cell(page, "planning.walkInMean", 2)).isEqualTo(minutes(bench.walkInWaits().mean()));
        assertThat(cell(page, "planning.walkInP90", 2)).isEqualTo(minutes(bench.walkInWaits().percentile(90)));
        assertThat(cell(page, "planning.bookedP90", 2)).isEqualTo(minutes(bench.bookedWaits().percentile(90)));
        assertThat(cell(page, "planning.idleLost", 2)).isEqualTo(minutes(bench.idleLostToNoShowsPerDay()));
        assertThat(cell(page, "planning.idle", 2)).isEqualTo(minutes(bench.idleMinutesPerDay()));
        assertThat(cell(page, "planning.turnedAway", 2)).isEqualTo(Charts.number(bench.turnedAwayPerDay()));
    }

    private static String page(String path, int status) {
        Http.Response answer = server.http.send(server.http.request(path, admin).header("Accept", "text/html").GET());
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(status);
        return answer.body();
    }

    /** The table's cell of a figure: 1 as it is, 2 as asked. */
    private static String cell(String page, String row, int column) {
        Matcher match = Pattern.compile("data-row=\"" + Pattern.quote(row) + "\"><th[^>]*>.*?</th><td>([^<]*)</td><td>([^<]*)</td>").matcher(page);
        assertThat(match.find()).as(row).isTrue();
        return match.group(column);
    }

    private static String given(String page, String key) {
        Matcher match = Pattern.compile("data-given=\"" + Pattern.quote(key) + "\">.*?<strong>([^<]*)</strong>").matcher(page);
        assertThat(match.find()).as(key).isTrue();
        return match.group(1);
    }

    private static String field(String page, String name) {
        Matcher match = Pattern.compile("name=\"" + name + "\" type=\"number\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertThat(match.find()).as(name).isTrue();
        return match.group(1);
    }

    private static String minutes(double value) {
        return Charts.number(value) + " min";
    }
}
