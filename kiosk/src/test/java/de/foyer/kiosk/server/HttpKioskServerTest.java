package de.foyer.kiosk.server;

import de.foyer.kiosk.text.Language;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kiosk's questions against the real server with the demo office. */
class HttpKioskServerTest {

    private static BookingTestServer server;
    private static URI base;
    private static HttpKioskServer kiosk;

    @BeforeAll
    static void start() {
        server = BookingTestServer.start();
        base = URI.create(server.http.request("/", null).build().uri().toString()).resolve("/");
        kiosk = new HttpKioskServer(base, TestServer.KIOSK, Duration.ofSeconds(10), TestServer.OFFICE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theOfficeDataNamesWaitingAreasCategoriesAndServices() throws Exception {
        assertThat(kiosk.offices()).as("--office: that office only").hasSize(1);
        OfficeData office = kiosk.offices().get(0);
        assertThat(office.id()).isEqualTo(TestServer.OFFICE);
        assertThat(office.name()).isEqualTo("Bürgerbüro im Rathaus");
        assertThat(office.waitingAreaName("buergerbuero-a").german()).isEqualTo("Wartebereich A (Erdgeschoss)");
        assertThat(office.waitingAreaName("buergerbuero-a").primary(Language.TURKISH)).isEqualTo("Bekleme alanı A (zemin kat)");
        assertThat(office.categories()).hasSize(7);
        assertThat(office.service("anmeldung")).hasValueSatisfying(service ->
                assertThat(service.name().primary(Language.ENGLISH)).isEqualTo("Register or change your address"));
        assertThat(kiosk.waits(TestServer.OFFICE)).containsKey("anmeldung");
    }

    @Test
    void aWalkInTicketComesWithAnAbsoluteLinkAndTheWait() throws Exception {
        IssuedTicket ticket = kiosk.issueTicket(TestServer.OFFICE, "meldebescheinigung", 2, Language.ENGLISH);
        assertThat(ticket.number()).matches("C\\d{3}");
        assertThat(ticket.link()).startsWith(base + "t/");
        assertThat(ticket.appointment()).isFalse();
        assertThat(ticket.waitingAreaId()).isEqualTo("buergerbuero-a");
    }

    @Test
    void theHeartbeatReachesTheDevicesTable() throws Exception {
        kiosk.heartbeat("PAPER_LOW");
        assertThat(printerStatus()).isEqualTo("PAPER_LOW");
        kiosk.heartbeat("OK");
        assertThat(printerStatus()).isEqualTo("OK");
    }

    @Test
    void aCheckInRefusalCarriesTheTimeToComeBackAndTheNumberAlreadyHeld() throws Exception {
        String code = server.book("personalausweis-beantragen", LocalDateTime.of(2026, 11, 24, 11, 30), "early@example.de")
                .json().path("code").asText();
        assertThatThrownBy(() -> kiosk.checkIn(code, Language.GERMAN)).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("TOO_EARLY");
            assertThat(refused.comeBackAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 11, 0));
        });

        String soon = server.book("personalausweis-beantragen", LocalDateTime.of(2026, 11, 24, 10, 15), "soon@example.de")
                .json().path("qr").asText();
        IssuedTicket ticket = kiosk.checkIn(soon, Language.GERMAN);
        assertThat(ticket.appointmentAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 10, 15));
        assertThatThrownBy(() -> kiosk.checkIn(soon, Language.GERMAN)).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("ALREADY_CHECKED_IN");
            assertThat(refused.heldNumber()).isEqualTo(ticket.number());
        });
        assertThatThrownBy(() -> kiosk.checkIn("not a code", Language.GERMAN)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.code()).isIn("INVALID_CODE", "UNKNOWN_CODE"));
    }

    @Test
    void aWrongDayRefusalCarriesTheAppointmentsDayAndTime() throws Exception {
        String code = server.book("personalausweis-beantragen", LocalDateTime.of(2026, 11, 26, 9, 30), "later@example.de")
                .json().path("code").asText();

        assertThatThrownBy(() -> kiosk.checkIn(code, Language.GERMAN)).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo("WRONG_DAY");
            assertThat(refused.appointmentAt()).isEqualTo(LocalDateTime.of(2026, 11, 26, 9, 30));
        });
    }

    @Test
    void aServerThatIsNotThereIsAnIoError() {
        HttpKioskServer nowhere = new HttpKioskServer(URI.create("http://localhost:9"), TestServer.KIOSK,
                Duration.ofSeconds(2), TestServer.OFFICE);
        assertThatThrownBy(() -> nowhere.waits(TestServer.OFFICE)).isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> nowhere.checkIn("x", Language.GERMAN)).isInstanceOf(java.io.IOException.class);
    }

    private static String printerStatus() {
        return server.jdbi().withHandle(handle -> handle.createQuery("SELECT printer_status FROM devices WHERE id = 'kiosk-1'")
                .mapTo(String.class).one());
    }
}
