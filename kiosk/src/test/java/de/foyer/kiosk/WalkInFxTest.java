package de.foyer.kiosk;

import de.foyer.hardware.Bytes;
import de.foyer.hardware.printer.PaperWidth;
import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.hardware.printer.QrMode;
import de.foyer.hardware.printer.RecordingTicketPrinter;
import de.foyer.hardware.printer.Ticket;
import de.foyer.hardware.printer.TicketRenderer;
import de.foyer.hardware.qr.QrScan;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.TestServer;
import javafx.geometry.NodeOrientation;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Walk-in tickets on the real server, headless: the steps, a full day, a closed office, a printer without paper. */
@ExtendWith(ApplicationExtension.class)
class WalkInFxTest {

    private static BookingTestServer server;
    private final KioskDriver kiosk = new KioskDriver();

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
        kiosk.start(stage, server.http.request("/", null).build().uri().getPort(), TestServer.KIOSK);
    }

    @AfterEach
    void stop() {
        kiosk.stop();
        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 0));
    }

    @Test
    void categoryServicePersonsAndTheTicketIsPrinted() {
        kiosk.click("#walk-in");
        kiosk.click("#category-melden");
        int wait = StreamSupport.stream(server.http.get("/api/v1/offices/buergerbuero/waits", null).json()
                        .path("services").spliterator(), false)
                .filter(service -> service.path("service").asText().equals("anmeldung"))
                .findFirst().orElseThrow().path("estimatedWaitMinutes").asInt();
        assertThat(kiosk.text("#service-anmeldung .choice-detail")).isEqualTo(wait == 0 ? "Zurzeit keine Wartezeit"
                : "Wartezeit etwa " + wait + " Min.");
        kiosk.click("#service-anmeldung");
        kiosk.click("#persons-2");

        String number = kiosk.text("#ticket-number");
        assertThat(number).matches("C\\d{3}");
        assertThat(kiosk.text("#ticket-area")).contains("Wartebereich A (Erdgeschoss)");
        assertThat(kiosk.printer.tickets()).singleElement().satisfies(ticket -> {
            assertThat(ticket.number()).isEqualTo(number);
            assertThat(ticket.serviceName()).isEqualTo("Wohnsitz anmelden oder ummelden");
            assertThat(ticket.statusLink()).matches("http://localhost:\\d+/t/.+");
        });
        assertThat(server.count("tickets WHERE number = '" + number + "' AND persons = 2")).isEqualTo(1);

        kiosk.click("#done");
        kiosk.waitFor("#appointment");
        assertThat(kiosk.shows("#ticket-number")).isFalse();
    }

    @Test
    void aFullDaySaysSoAndNamesTheOtherWays() {
        server.clock.set(LocalDateTime.of(2026, 11, 24, 17, 55));
        walkIn("#category-melden", "#service-anmeldung");

        assertThat(kiosk.text("#refusal-title")).isEqualTo(Texts.of(Language.GERMAN).get("refusal.NO_CAPACITY_TODAY.title"));
        assertThat(kiosk.shows("#other-ways")).isTrue();
        assertThat(kiosk.printer.tickets()).isEmpty();
    }

    @Test
    void aClosedOfficeSaysSoAndNamesTheOtherWays() {
        server.clock.set(LocalDateTime.of(2026, 11, 24, 19, 0));
        walkIn("#category-fundsachen", "#service-fundsache-abholen");

        assertThat(kiosk.text("#refusal-title")).isEqualTo("Das Amt ist jetzt geschlossen");
        assertThat(kiosk.shows("#other-ways")).isTrue();
        kiosk.click("#home");
        kiosk.waitFor("#appointment");
    }

    @Test
    void withoutPaperTheNumberShowsLargeWithItsQrAndTheStaffAreTold() throws Exception {
        kiosk.waitUntil("sent its first heartbeat", () -> "OK".equals(printerStatus()));
        kiosk.printer.failWith(PrinterStatus.PAPER_OUT);
        // The next health check finds the printer empty and the home screen says so before anyone chooses.
        assertThat(kiosk.text("#notice")).isEqualTo("Der Drucker ist gestört: Ihre Nummer erscheint auf dem Bildschirm.");
        walkIn("#category-melden", "#service-meldebescheinigung");

        String number = kiosk.text("#ticket-number");
        assertThat(number).matches("C\\d{3}");
        assertThat(kiosk.text("#printer-reason")).contains("kein Papier");
        ImageView qr = (ImageView) kiosk.node("#ticket-qr");
        assertThat(QrScan.drawn(Images.toBuffered(qr.getImage()))).hasValueSatisfying(link ->
                assertThat(link).matches("http://localhost:\\d+/t/.+"));
        assertThat(kiosk.printer.tickets()).isEmpty();
        kiosk.waitUntil("told the server", () -> "PAPER_OUT".equals(printerStatus()));

        kiosk.click("#done");
        assertThat(kiosk.text("#notice")).contains("Drucker");
        walkIn("#category-melden", "#service-meldebescheinigung");
        assertThat(kiosk.text("#printer-reason")).contains("kein Papier");
        kiosk.click("#done");

        kiosk.printer.setStatus(PrinterStatus.OK);
        kiosk.waitUntil("noticed the paper is back", () -> !kiosk.shows("#notice"));
        // The screen changes first and the heartbeat follows from the health thread: wait for both.
        kiosk.waitUntil("told the server the paper is back", () -> "OK".equals(printerStatus()));
        walkIn("#category-melden", "#service-meldebescheinigung");
        kiosk.waitFor("#ticket-number");
        assertThat(kiosk.printer.tickets()).extracting(Ticket::number).containsExactly(kiosk.text("#ticket-number"));
    }

    @Test
    void theHomeScreenGreetsWithTheNameOfTheOneOfficeTheServerNames() {
        kiosk.waitUntil("greets with the office's name",
                () -> kiosk.text("#title").equals("Herzlich willkommen\nBürgerbüro im Rathaus"));
        kiosk.click("#language-ar");
        kiosk.waitUntil("greets in Arabic", () -> kiosk.text("#title")
                .equals(Texts.of(Language.ARABIC).get("home.welcome") + "\nBürgerbüro im Rathaus"));
        assertThat(kiosk.node("#title").getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    }

    @Test
    void idleForThirtySecondsBringsHomeInGermanWithNothingLeft() {
        kiosk.click("#language-ar");
        kiosk.click("#appointment");
        kiosk.type("ABC");
        assertThat(kiosk.text("#code")).isEqualTo("ABC");

        kiosk.clock.advance(Duration.ofSeconds(31));

        kiosk.waitFor("#appointment");
        assertThat(kiosk.text("#appointment .choice-title")).isEqualTo("Ich habe einen Termin");
        assertThat(kiosk.node("#appointment").getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        kiosk.click("#appointment");
        assertThat(kiosk.text("#code")).isNotEqualTo("ABC");
    }

    @Test
    void aLanguageSwitchSpeaksItsOwnWordsAndArabicRunsRightToLeft() {
        // Every language's screens are drawn in ScreenLayoutFxTest; here a citizen switches between three.
        for (Language language : List.of(Language.TURKISH, Language.ARABIC, Language.UKRAINIAN)) {
            kiosk.click("#language-" + language.tag());
            kiosk.waitUntil("speaks " + language, () -> kiosk.text("#appointment .choice-title")
                    .equals(Texts.of(language).get("home.appointment")));
            NodeOrientation expected = language.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
            assertThat(kiosk.node("#walk-in").getEffectiveNodeOrientation()).as(language.name()).isEqualTo(expected);
        }
        kiosk.click("#language-ar");
        kiosk.click("#walk-in");
        kiosk.waitFor("#category-melden");
        assertThat(kiosk.text("#title")).isEqualTo(Texts.of(Language.ARABIC).get("categories.title"));
        assertThat(kiosk.node("#category-melden").getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        kiosk.click("#back");
        kiosk.click("#language-de");
        assertThat(kiosk.node("#walk-in").getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void aTurkishCitizenReadsTheOfficesCategoriesServicesAndWaitingAreaInTurkish() {
        kiosk.click("#language-tr");
        kiosk.click("#walk-in");
        kiosk.waitFor("#category-melden");
        assertThat(kiosk.text("#category-ausweis .choice-title")).isEqualTo("Kimlik kartı");
        assertThat(kiosk.text("#category-melden .choice-title")).isEqualTo("Adres kaydı işlemleri");
        assertThat(kiosk.shows("#category-melden .choice-detail")).as("no English line beneath a Turkish name").isFalse();
        kiosk.click("#category-melden");
        assertThat(kiosk.text("#subtitle")).isEqualTo("Adres kaydı işlemleri");
        assertThat(kiosk.text("#service-anmeldung .choice-title")).isEqualTo("Adres kaydı veya değişikliği (Anmeldung)");
        kiosk.click("#service-anmeldung");
        kiosk.click("#persons-1");

        assertThat(kiosk.text("#ticket-area")).contains("Bekleme alanı A (zemin kat)");
        assertThat(kiosk.text("#ticket-service")).isEqualTo("Adres kaydı veya değişikliği (Anmeldung)");
        String number = kiosk.text("#ticket-number");
        assertThat(server.count("tickets WHERE number = '" + number + "'")).isEqualTo(1);

        // The printed ticket speaks Turkish too, its letters in the printer's Turkish code page (ESC t 48).
        RecordingTicketPrinter.PrintedTicket printed = kiosk.printer.printed().get(0);
        assertThat(printed.locale().getLanguage()).isEqualTo("tr");
        assertThat(printed.ticket().serviceName()).isEqualTo("Adres kaydı veya değişikliği (Anmeldung)");
        assertThat(printed.ticket().waitingAreaName()).isEqualTo("Bekleme alanı A (zemin kat)");
        byte[] bytes = new TicketRenderer(PaperWidth.MM_80, QrMode.NATIVE).render(printed.ticket(), printed.locale());
        assertThat(Bytes.indexOf(bytes, Bytes.of(0x1B, 't', 48))).isPositive();
        assertThat(Bytes.indexOf(bytes, "Adres kaydı veya değişikliği".getBytes(Charset.forName("windows-1254")))).isPositive();
        assertThat(Bytes.indexOf(bytes, "Numaranız".getBytes(Charset.forName("windows-1254")))).isPositive();
    }

    @Test
    void anArabicCitizenReadsThemInArabicFromRightToLeft() {
        kiosk.click("#language-ar");
        kiosk.click("#walk-in");
        kiosk.waitFor("#category-pass");
        assertThat(kiosk.text("#category-pass .choice-title")).isEqualTo("جواز السفر");
        assertThat(kiosk.node("#category-pass").getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        kiosk.click("#category-pass");
        assertThat(kiosk.text("#service-kinderreisepass .choice-title")).isEqualTo("جواز سفر للأطفال");
    }

    private void walkIn(String category, String service) {
        kiosk.click("#walk-in");
        kiosk.click(category);
        kiosk.click(service);
        kiosk.click("#persons-1");
    }

    private static String printerStatus() {
        return server.jdbi().withHandle(handle -> handle.createQuery("SELECT printer_status FROM devices WHERE id = 'kiosk-1'")
                .mapTo(String.class).one());
    }
}
