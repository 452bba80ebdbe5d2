package de.foyer.kiosk.ticket;

import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.hardware.printer.Ticket;
import de.foyer.kiosk.server.FakeKioskServer;
import de.foyer.kiosk.server.IssuedTicket;
import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class TicketPrintingTest {

    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 11, 24, 10, 5);

    @Test
    void aCheckInPrintsTheAppointmentTimeInTheCitizensLanguage() {
        TicketResult result = TicketResult.of(new IssuedTicket("A017", "anmeldung", "area-a", "http://foyer.test/t/x",
                ISSUED, ISSUED.withMinute(30), 15), FakeKioskServer.office());

        Ticket german = TicketPrinting.ticket(result, Language.GERMAN);
        assertThat(german.officeName()).isEqualTo("Bürgerbüro im Rathaus");
        assertThat(german.number()).isEqualTo("A017");
        assertThat(german.serviceName()).isEqualTo("Wohnsitz anmelden");
        assertThat(german.waitingAreaName()).isEqualTo("Wartebereich A");
        assertThat(german.issuedAt()).isEqualTo(ISSUED);
        assertThat(german.estimatedWaitMinutes()).isEqualTo(15);
        assertThat(german.advice()).isEqualTo("Ihr Termin: 10:30 Uhr");
        assertThat(german.statusLink()).isEqualTo("http://foyer.test/t/x");

        Ticket english = TicketPrinting.ticket(result, Language.ENGLISH);
        assertThat(english.serviceName()).isEqualTo("Register your address");
        assertThat(english.advice()).isEqualTo("Your appointment: 10:30");
        Ticket forArabicReaders = TicketPrinting.ticket(result, Language.ARABIC);
        assertThat(forArabicReaders.serviceName()).as("no Arabic name kept: the German one").isEqualTo("Wohnsitz anmelden");
        assertThat(forArabicReaders.advice()).isEqualTo("موعدك: 10:30");
    }

    @Test
    void aWalkInWithoutKnownNamesStillHasItsNumberAndANeutralHeading() {
        TicketResult result = TicketResult.of(new IssuedTicket("C041", "unknown", null, "http://foyer.test/t/y",
                ISSUED, null, 0), OfficeData.UNKNOWN);
        Ticket ticket = TicketPrinting.ticket(result, Language.GERMAN);
        assertThat(ticket.officeName()).isEqualTo("Herzlich willkommen");
        assertThat(TicketPrinting.ticket(result, Language.UKRAINIAN).officeName()).isEqualTo("Ласкаво просимо");
        assertThat(ticket.number()).isEqualTo("C041");
        assertThat(ticket.serviceName()).isEmpty();
        assertThat(ticket.advice()).isEqualTo("Bitte achten Sie auf die Bildschirme.");
    }

    @Test
    void theWordsOnScreenFollowTheTicket() {
        TicketResult walkIn = TicketResult.of(new IssuedTicket("C041", "anmeldung", "area-a", "http://foyer.test/t/y",
                ISSUED, null, 0), FakeKioskServer.office()).notPrinted(PrinterStatus.PAPER_OUT);
        Texts english = Texts.of(Language.ENGLISH);
        assertThat(walkIn.printed()).isFalse();
        assertThat(TicketWording.headline(walkIn, english)).isEqualTo("You are in the queue.");
        assertThat(TicketWording.appointment(walkIn, english)).isEmpty();
        assertThat(TicketWording.waitTime(walkIn, english)).isEqualTo("You will be called shortly.");
        assertThat(TicketWording.waitingArea(walkIn, english)).isEqualTo("Please wait here: Wartebereich A");
        assertThat(TicketWording.service(walkIn, Texts.of(Language.RUSSIAN))).isEqualTo("Wohnsitz anmelden\nRegister your address");
    }
}
