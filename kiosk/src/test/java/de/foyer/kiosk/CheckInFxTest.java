package de.foyer.kiosk;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.protocol.DeviceRegistration;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.devices.DeviceService;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import de.foyer.server.web.Tokens;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-in on the real server, headless: by scan and by typed code, and every refusal with its own words. */
@ExtendWith(ApplicationExtension.class)
class CheckInFxTest {

    private static final LocalDateTime TEN = LocalDateTime.of(2026, 11, 24, 10, 0);
    private static final AtomicInteger CITIZENS = new AtomicInteger();
    private static BookingTestServer server;
    private final KioskDriver kiosk = new KioskDriver();
    private Stage stage;

    @BeforeAll
    static void startServer() {
        server = BookingTestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        kiosk.start(stage, port(), TestServer.KIOSK);
    }

    @AfterEach
    void stop() {
        kiosk.stop();
        server.clock.set(TEN);
    }

    @Test
    void scanningTheConfirmationChecksInAndPrintsTheTicket() {
        JsonNode booking = book(at(11, 0));
        server.clock.set(at(10, 50));

        kiosk.scanner.scan(booking.path("qr").asText());

        String number = kiosk.text("#ticket-number");
        assertThat(kiosk.text("#title")).isEqualTo("Sie sind angemeldet.");
        assertThat(kiosk.text("#ticket-area")).contains("Wartebereich A");
        assertThat(kiosk.text("#ticket-wait")).isNotBlank();
        assertThat(kiosk.printer.tickets()).singleElement().satisfies(ticket -> {
            assertThat(ticket.number()).isEqualTo(number);
            assertThat(ticket.advice()).isEqualTo("Ihr Termin: 11:00 Uhr");
        });
    }

    @Test
    void aCitizenWhoChoseUkrainianGetsATicketAndAPageInUkrainian() {
        JsonNode booking = book(at(11, 0));
        server.clock.set(at(10, 50));
        kiosk.click("#language-uk");
        kiosk.scanner.scan(booking.path("qr").asText());

        String number = kiosk.text("#ticket-number");
        assertThat(kiosk.text("#ticket-area")).contains("Зона очікування A");
        assertThat(kiosk.printer.printed()).singleElement().satisfies(printed -> {
            assertThat(printed.locale().getLanguage()).isEqualTo("uk");
            assertThat(printed.ticket().serviceName()).isEqualTo("Оформити посвідчення особи");
        });
        assertThat(server.count("tickets WHERE number = '" + number + "' AND language = 'uk'")).isEqualTo(1);
    }

    @Test
    void theScanWorksFromAnyScreen() {
        JsonNode booking = book(at(11, 15));
        server.clock.set(at(11, 5));
        kiosk.click("#walk-in");
        kiosk.click("#category-pass");

        kiosk.scanner.scan(booking.path("qr").asText());

        assertThat(kiosk.text("#ticket-number")).matches("A\\d{3}");
    }

    @Test
    void aTypedCodeChecksInToo() {
        JsonNode booking = book(at(11, 30));
        server.clock.set(at(11, 20));
        kiosk.click("#appointment");
        kiosk.type(booking.path("code").asText());
        kiosk.click("#submit-code");

        assertThat(kiosk.text("#ticket-number")).matches("A\\d{3}");
        assertThat(kiosk.printer.tickets()).hasSize(1);
    }

    @Test
    void tooEarlySaysWhenToComeBack() {
        kiosk.scanner.scan(book(at(12, 0)).path("qr").asText());

        assertThat(kiosk.text("#refusal-title")).isEqualTo("Sie sind zu früh");
        assertThat(kiosk.text("#refusal-highlight")).isEqualTo("11:30");
        assertThat(kiosk.text("#refusal-message")).contains("11:30");
        assertThat(kiosk.printer.tickets()).isEmpty();
    }

    @Test
    void tooLateOffersAWalkInTicketWithOneButton() {
        JsonNode booking = book(at(11, 45));
        server.clock.set(at(12, 30));

        kiosk.scanner.scan(booking.path("qr").asText());

        assertThat(kiosk.text("#refusal-title")).isEqualTo("Ihr Termin ist vorbei");
        kiosk.click("#take-walk-in");
        kiosk.click("#category-ausweis");
        kiosk.click("#service-personalausweis-beantragen");
        kiosk.click("#persons-1");
        assertThat(kiosk.text("#ticket-number")).matches("A\\d{3}");
    }

    @Test
    void anAppointmentOnAnotherDayIsRefusedAsSuch() {
        JsonNode booking = book(LocalDateTime.of(2026, 11, 25, 10, 0));
        kiosk.scanner.scan(booking.path("qr").asText());
        assertThat(kiosk.text("#refusal-title")).isEqualTo("Ihr Termin ist an einem anderen Tag");
    }

    @Test
    void aCancelledAppointmentIsRefusedAsSuch() {
        JsonNode booking = book(at(12, 15));
        Http.Response cancelled = server.http.send("DELETE", "/api/v1/bookings/" + booking.path("code").asText()
                + "?token=" + booking.path("cancelToken").asText(), null, null);
        assertThat(cancelled.status()).as(cancelled.body()).isBetween(200, 299);

        kiosk.scanner.scan(booking.path("qr").asText());

        assertThat(kiosk.text("#refusal-title")).isEqualTo("Dieser Termin wurde abgesagt");
        assertThat(kiosk.shows("#take-walk-in")).isTrue();
    }

    @Test
    void aSecondCheckInShowsTheNumberAgain() {
        String qr = book(at(12, 30)).path("qr").asText();
        server.clock.set(at(12, 20));
        kiosk.scanner.scan(qr);
        String number = kiosk.text("#ticket-number");
        kiosk.click("#done");
        kiosk.waitFor("#appointment");

        kiosk.scanner.scan(qr);

        assertThat(kiosk.text("#refusal-title")).isEqualTo("Sie sind schon angemeldet");
        assertThat(kiosk.text("#refusal-highlight")).isEqualTo(number);
        assertThat(kiosk.printer.tickets()).hasSize(1);
    }

    @Test
    void anUnknownCodeAsksToCheckItAndOffersToTypeItAgain() {
        kiosk.click("#appointment");
        kiosk.type("ABCDE23456");
        kiosk.click("#submit-code");

        assertThat(kiosk.text("#refusal-title")).isEqualTo("Code nicht gefunden");
        assertThat(kiosk.text("#refusal-message")).contains("Info-Theke");
        kiosk.click("#enter-code");
        assertThat(kiosk.text("#code")).isEqualTo("_____-_____");
    }

    @Test
    void anAlteredQrCodeIsAnInvalidCode() {
        String qr = book(at(13, 0)).path("qr").asText();
        kiosk.scanner.scan(qr.substring(0, qr.length() - 2) + (qr.endsWith("AA") ? "BB" : "AA"));
        assertThat(kiosk.text("#refusal-title")).isEqualTo("Code ungültig");
        assertThat(kiosk.text("#refusal-message")).contains("Info-Theke");
    }

    @Test
    void anAppointmentAtAnotherOfficeIsRefusedAsSuch() {
        server.jdbi().useHandle(handle -> handle.execute(
                "INSERT INTO offices (id, name) VALUES ('zweigstelle', 'Bürgerbüro Nord') ON CONFLICT DO NOTHING"));
        String token = new DeviceService(server.jdbi(), new Tokens(), server.clock).register("zweigstelle", null,
                new DeviceRegistration.Request("kiosk-nord-" + CITIZENS.incrementAndGet(), "kiosk", null, "zweigstelle"),
                "nord-secret").token();
        kiosk.stop();
        KioskDriver north = new KioskDriver();
        new FxRobot().interact(() -> north.start(stage, port(), token));
        try {
            north.scanner.scan(book(at(12, 45)).path("qr").asText());
            assertThat(north.text("#refusal-title")).isEqualTo("Termin bei einer anderen Dienststelle");
        } finally {
            north.stop();
        }
    }

    private static LocalDateTime at(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 24, hour, minute);
    }

    /** A booking of a 15-minute service, on the quarter hours the office offers; the clock stays where it is. */
    private static JsonNode book(LocalDateTime start) {
        Http.Response response = server.book("personalausweis-beantragen", start,
                "citizen" + CITIZENS.incrementAndGet() + "@example.de");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static int port() {
        return server.http.request("/", null).build().uri().getPort();
    }
}
