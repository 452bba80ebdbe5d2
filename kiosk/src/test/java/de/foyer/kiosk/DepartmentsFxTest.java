package de.foyer.kiosk;

import de.foyer.kiosk.server.FakeKioskServer;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kiosk in a town hall's foyer that serves several offices, touched like a citizen would, headless.
 * On the fake server: the real one in the tests serves every kiosk one office.
 */
@ExtendWith(ApplicationExtension.class)
class DepartmentsFxTest {

    private final FakeKioskServer server = new FakeKioskServer();
    private final KioskDriver kiosk = new KioskDriver();

    @Start
    void start(Stage stage) {
        server.offices = FakeKioskServer.townHall();
        kiosk.start(stage, server);
    }

    @AfterEach
    void stop() {
        kiosk.stop();
    }

    @Test
    void theOfficeComesFirstBackLeadsToItAndTheTicketIsForTheChosenOffice() {
        kiosk.click("#language-pl");
        kiosk.click("#walk-in");

        assertThat(kiosk.text("#title")).isEqualTo(Texts.of(Language.POLISH).get("departments.title"));
        assertThat(kiosk.text("#department-soziales .choice-title")).isEqualTo("Amt für Soziales, Wohnen, Senioren und Integration");
        kiosk.click("#department-buergerbuero");
        kiosk.waitFor("#category-melden");
        kiosk.click("#back");
        kiosk.click("#department-jugendamt");
        kiosk.click("#category-kita");
        kiosk.click("#service-kita-platz");
        kiosk.click("#persons-1");

        kiosk.waitFor("#ticket-number");
        assertThat(server.walkIns).containsExactly(new FakeKioskServer.WalkIn("jugendamt", "kita-platz", 1, Language.POLISH));
        assertThat(kiosk.printer.tickets()).singleElement().satisfies(ticket ->
                assertThat(ticket.officeName()).isEqualTo("Jugendamt"));
        kiosk.click("#done");
        kiosk.click("#walk-in");
        kiosk.waitFor("#department-jugendamt");
        kiosk.click("#back");
        kiosk.waitFor("#appointment");
        assertThat(kiosk.text("#title")).as("a welcome that names none of the offices").isEqualTo("Herzlich willkommen");
    }
}
