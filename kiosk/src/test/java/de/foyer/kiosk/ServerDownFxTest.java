package de.foyer.kiosk;

import de.foyer.server.testing.TestServer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The server goes away: a clear message, no ticket promised, and the kiosk comes back by itself. */
@ExtendWith(ApplicationExtension.class)
class ServerDownFxTest {

    private TestServer server;
    private final KioskDriver kiosk = new KioskDriver();

    /** TestFX starts the stage before any {@code @BeforeEach}, so the server starts here. */
    @Start
    void start(Stage stage) {
        server = TestServer.start();
        kiosk.start(stage, server.port(), TestServer.KIOSK);
    }

    @AfterEach
    void stop() {
        kiosk.stop();
        server.close();
    }

    @Test
    void withoutTheServerTheKioskSaysSoPromisesNothingAndRecoversByItself() {
        kiosk.click("#walk-in");
        kiosk.click("#category-melden");
        kiosk.click("#service-anmeldung");
        int port = server.port();
        server.stop();

        kiosk.click("#persons-1");

        assertThat(kiosk.text("#offline-title")).isEqualTo("Im Moment geht es leider nicht");
        assertThat(kiosk.text("#offline-message")).contains("keine Nummer");
        assertThat(kiosk.shows("#ticket-number")).isFalse();
        assertThat(kiosk.printer.tickets()).isEmpty();

        kiosk.click("#home");
        assertThat(kiosk.text("#notice")).contains("Info-Theke");
        kiosk.scanner.scan("FOYER1.some.confirmation");
        kiosk.waitFor("#offline-title");
        assertThat(kiosk.printer.tickets()).isEmpty();

        server.startAgain(port);
        kiosk.waitFor("#appointment");
        kiosk.waitUntil("dropped the notice", () -> !kiosk.shows("#notice"));
        kiosk.click("#walk-in");
        kiosk.click("#category-melden");
        kiosk.click("#service-anmeldung");
        kiosk.click("#persons-1");
        assertThat(kiosk.text("#ticket-number")).matches("C\\d{3}");
        assertThat(kiosk.printer.tickets()).hasSize(1);
    }
}
