package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.hardware.qr.QrScan;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Free days and times, booking, the confirmation's QR and calendar file, cancelling, limits and staff bookings. */
@ExtendWith(Fixtures.class)
class BookingApiTest {

    private static final String SERVICE = "personalausweis-beantragen";
    private static final String DAYS = "/api/v1/offices/buergerbuero/services/" + SERVICE + "/days";
    private static final String SLOTS = "/api/v1/offices/buergerbuero/services/" + SERVICE + "/slots";
    private static final LocalDateTime THURSDAY_TEN = LocalDateTime.of(2026, 11, 26, 10, 0);
    private BookingTestServer server;

    @BeforeEach
    void start(BookingTestServer server) {
        this.server = server;
    }

    @Test
    void greenDaysCountTheFreeTimesOfEachOpenDay() {
        JsonNode days = server.http.get(DAYS + "?from=2026-11-24&to=2026-11-30", null).json().path("days");

        assertThat(StreamSupport.stream(days.spliterator(), false).map(day -> day.path("date").asText()))
                .as("no Sunday, when the office is closed").containsExactly("2026-11-24", "2026-11-25", "2026-11-26",
                        "2026-11-27", "2026-11-28", "2026-11-30");
        assertThat(days.get(0).path("freeSlots").asInt()).as("Tuesday after 10:00 until 18:00").isEqualTo(31);
        assertThat(days.get(1).path("freeSlots").asInt()).as("Wednesday 8–13 in quarters").isEqualTo(20);

        JsonNode slots = server.http.get(SLOTS + "?date=2026-11-25&persons=2", null).json().path("slots");
        assertThat(slots).hasSize(10);
        assertThat(slots.get(0).path("start").asText()).isEqualTo("2026-11-25T08:00:00+01:00");
        assertThat(slots.get(0).path("end").asText()).isEqualTo("2026-11-25T08:30:00+01:00");
    }

    @Test
    void anOfficeKeepsThePublicHolidaysOfItsStateWithoutAClosureEntered() {
        server.rules("horizon_days = 365");
        assertThat(openDays("2027-05-24", "2027-05-29")).as("no state yet: the nationwide holidays only")
                .contains("2027-05-27");

        state("NW");
        assertThat(openDays("2027-05-24", "2027-05-29")).as("Corpus Christi in North Rhine-Westphalia")
                .doesNotContain("2027-05-27").contains("2027-05-26", "2027-05-28");
        assertThat(openDays("2027-11-01", "2027-11-02")).as("All Saints' Day").containsExactly("2027-11-02");
        assertThat(server.http.get(SLOTS + "?date=2027-05-27", null).json().path("slots")).isEmpty();

        state("BE");
        assertThat(openDays("2027-05-24", "2027-05-29")).contains("2027-05-27");
        assertThat(openDays("2027-11-01", "2027-11-02")).containsExactly("2027-11-01", "2027-11-02");
        assertThat(server.count("closures")).as("no closure was entered").isZero();
    }

    private void state(String code) {
        server.jdbi().useHandle(handle -> handle.execute("UPDATE offices SET state = ? WHERE id = ?", code, BookingTestServer.OFFICE));
    }

    private List<String> openDays(String from, String to) {
        JsonNode days = server.http.get(DAYS + "?from=" + from + "&to=" + to, null).json().path("days");
        return StreamSupport.stream(days.spliterator(), false).map(day -> day.path("date").asText()).toList();
    }

    @Test
    void aBookingIsConfirmedWithACodeASignedQrACalendarFileAndACancelToken() throws Exception {
        server.rules("staffed_counters = 1, online_quota_percent = 100");

        Http.Response booked = server.book(SERVICE, THURSDAY_TEN, "erika@example.de");

        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.raw().headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode confirmation = booked.json();
        String code = confirmation.path("code").asText();
        assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{10}");
        assertThat(confirmation.path("qr").asText()).startsWith("FOYER1.");
        assertThat(confirmation.path("start").asText()).isEqualTo("2026-11-26T10:00:00+01:00");
        assertThat(confirmation.path("end").asText()).isEqualTo("2026-11-26T10:15:00+01:00");
        assertThat(confirmation.path("cancelToken").asText()).hasSizeGreaterThan(40);
        assertThat(freeStarts("2026-11-26")).as("one lane: the time is gone").doesNotContain("2026-11-26T10:00:00+01:00");

        JsonNode view = server.http.get("/api/v1/bookings/" + code.toLowerCase(), null).json();
        assertThat(view.path("status").asText()).isEqualTo("BOOKED");
        assertThat(view.path("serviceName").asText()).isEqualTo("Personalausweis beantragen");
        assertThat(view.has("name") || view.has("email")).as("no personal data by code").isFalse();

        HttpResponse<byte[]> png = bytes("/api/v1/bookings/" + code + "/qr.png");
        assertThat(png.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(QrScan.drawn(png.body())).contains(confirmation.path("qr").asText());

        HttpResponse<byte[]> ics = bytes(confirmation.path("calendar").asText());
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        VEvent event = Artefacts.event(ics.body());
        assertThat(Artefacts.start(event)).isEqualTo(OffsetDateTime.parse("2026-11-26T10:00:00+01:00").toInstant());
        assertThat(event.getSummary().getValue()).contains("Personalausweis beantragen");
        assertThat(event.getLocation().getValue()).as("the office's name while it has no address").isEqualTo("Bürgerbüro im Rathaus");

        server.jdbi().useHandle(handle -> handle.execute(
                "UPDATE offices SET street = 'Rathausplatz 1', postal_code = '50667', city = 'Köln' WHERE id = ?", BookingTestServer.OFFICE));
        assertThat(Artefacts.event(bytes(confirmation.path("calendar").asText()).body()).getLocation().getValue())
                .isEqualTo("Bürgerbüro im Rathaus, Rathausplatz 1, 50667 Köln");
    }

    @Test
    void aCancelledTimeIsStaffsAtOnceAndThePortalsAfterTheReleaseDelay() {
        server.rules("staffed_counters = 1, online_quota_percent = 100, release_delay_minutes = 30");
        JsonNode confirmation = server.book(SERVICE, THURSDAY_TEN, "erika@example.de").json();
        String path = "/api/v1/bookings/" + confirmation.path("code").asText();

        Http.Response forged = server.http.send("DELETE", path + "?token=forged", null, null);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.errorCode()).isEqualTo("INVALID_TOKEN");

        Http.Response cancelled = server.http.send("DELETE", path + "?token=" + confirmation.path("cancelToken").asText(), null, null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(server.http.send("DELETE", path + "?token=" + confirmation.path("cancelToken").asText(), null, null).status())
                .as("cancelling twice").isEqualTo(200);

        assertThat(freeStarts("2026-11-26")).doesNotContain("2026-11-26T10:00:00+01:00");
        String clerk = server.http.login("clerk1");
        JsonNode staffSlots = server.http.get("/api/v1/offices/buergerbuero/bookings/slots?service=" + SERVICE + "&date=2026-11-26",
                clerk).json().path("slots");
        assertThat(starts(staffSlots)).contains("2026-11-26T10:00:00+01:00");

        server.clock.advance(Duration.ofMinutes(30));
        assertThat(freeStarts("2026-11-26")).contains("2026-11-26T10:00:00+01:00");
    }

    @Test
    void someoneFasterMeansSlotTakenWithTheNearestFreeTimes() {
        server.rules("staffed_counters = 1");
        assertThat(server.book(SERVICE, THURSDAY_TEN, "first@example.de").status()).isEqualTo(201);

        Http.Response second = server.book(SERVICE, THURSDAY_TEN, "second@example.de");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorCode()).isEqualTo("SLOT_TAKEN");
        assertThat(starts(second.json().path("nextFree"))).hasSize(5)
                .doesNotContain("2026-11-26T10:00:00+01:00")
                .contains("2026-11-26T09:45:00+01:00", "2026-11-26T10:15:00+01:00");
    }

    @Test
    void aMailboxHoldsTwoOpenBookingsHoweverItsAddressIsWritten() {
        assertThat(server.book(SERVICE, THURSDAY_TEN, "erika.muster@gmail.com").status()).isEqualTo(201);
        JsonNode second = server.book(SERVICE, THURSDAY_TEN.plusHours(1), "ErikaMuster+amt@gmail.com").json();

        Http.Response third = server.book(SERVICE, THURSDAY_TEN.plusHours(2), "e.r.i.k.a.muster+x@googlemail.com");
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.errorCode()).isEqualTo("BOOKING_LIMIT");
        assertThat(server.book(SERVICE, THURSDAY_TEN.plusHours(2), "erika.muster@example.de").status())
                .as("another mailbox").isEqualTo(201);

        server.http.send("DELETE", "/api/v1/bookings/" + second.path("code").asText() + "?token="
                + second.path("cancelToken").asText(), null, null);
        assertThat(server.book(SERVICE, THURSDAY_TEN.plusHours(2), "e.r.i.k.a.muster+x@googlemail.com").status()).isEqualTo(201);
    }

    @Test
    void staffBookForCallersFromTheReserveThatThePortalCannotReach() {
        // One lane, half of it online: two quarters an hour for the portal.
        server.rules("staffed_counters = 1, online_quota_percent = 50");
        LocalDateTime wednesdayEight = LocalDateTime.of(2026, 11, 25, 8, 0);
        assertThat(server.book(SERVICE, wednesdayEight, "a@example.de").status()).isEqualTo(201);
        assertThat(server.book(SERVICE, wednesdayEight.plusMinutes(15), "b@example.de").status()).isEqualTo(201);
        assertThat(server.book(SERVICE, wednesdayEight.plusMinutes(30), "c@example.de").errorCode()).isEqualTo("SLOT_TAKEN");

        String clerk = server.http.login("clerk2");
        String body = Http.json(Map.of("service", SERVICE, "start", "2026-11-25T08:30:00+01:00", "name", "Jan Kowalski",
                "phone", "0711 123456"));
        Http.Response staff = server.http.post("/api/v1/offices/buergerbuero/bookings", clerk, body);

        assertThat(staff.status()).as(staff.body()).isEqualTo(201);
        assertThat(server.http.post("/api/v1/offices/buergerbuero/bookings", null, body).status()).isEqualTo(401);
        assertThat(server.http.post("/api/v1/offices/buergerbuero/bookings", TestServer.KIOSK, body).status()).isEqualTo(403);
        JsonNode day = server.http.get("/api/v1/offices/buergerbuero/bookings?date=2026-11-25", clerk).json().path("bookings");
        assertThat(day).hasSize(3);
        assertThat(day.get(2).path("name").asText()).isEqualTo("Jan Kowalski");
        assertThat(day.get(2).path("channel").asText()).isEqualTo("STAFF");
        assertThat(server.count("mail_outbox WHERE subject_id = (SELECT id FROM bookings WHERE channel = 'STAFF')"))
                .as("no e-mail address, no mail").isZero();
        assertThat(server.count("audit_log WHERE action = 'BOOKING_CREATED' AND clerk_id = 'clerk2'")).isEqualTo(1);
    }

    private List<String> freeStarts(String date) {
        return starts(server.http.get(SLOTS + "?date=" + date, null).json().path("slots"));
    }

    private static List<String> starts(JsonNode slots) {
        return StreamSupport.stream(slots.spliterator(), false).map(slot -> slot.path("start").asText()).toList();
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(
                server.http.request(path, null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
