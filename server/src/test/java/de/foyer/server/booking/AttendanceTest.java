package de.foyer.server.booking;

import de.foyer.server.portal.PortalClient;
import de.foyer.server.testing.MailCatcher;
import de.foyer.server.testing.MailParts;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appointments that are kept: where the office asks, the reminders 48 and 24 hours before ask the
 * citizen to confirm; who does not by the deadline loses the time, is told so, and the time goes to
 * the waiting list. Who confirmed keeps it and is reminded as usual.
 */
class AttendanceTest {

    /** Friday, three days after the test clock's Tuesday morning; the deadline is 12 hours before. */
    private static final LocalDateTime FRIDAY_TEN = LocalDateTime.of(2026, 11, 27, 10, 0);

    private MailCatcher mail;
    private BookingTestServer server;
    private PortalClient portal;

    @BeforeEach
    void start() {
        mail = MailCatcher.start();
        server = BookingTestServer.start(BookingTestServer.settings().withMail(mail.settings()), 100_000);
        portal = new PortalClient(server.http);
        server.rules("confirm_by_hours = 12");
    }

    @AfterEach
    void stop() {
        server.close();
        mail.close();
    }

    @Test
    void anUnconfirmedAppointmentIsReleasedAtItsDeadlineToTheWaitingListAndAConfirmedOneIsKept() throws Exception {
        PortalClient.Booked anna = portal.book(FRIDAY_TEN, "Anna Beispiel", "anna@example.de");
        PortalClient.Booked bea = portal.book(FRIDAY_TEN.plusHours(1), "Bea Beispiel", "bea@example.de");
        portal.joinWaitingList("carl@example.de", "2026-11-27", "2026-11-27");
        BookingTestServer.WaitingLink carl = server.waitingLink("carl@example.de");
        portal.post(carl.path() + "/confirm", Map.of("token", carl.token()));
        server.runJobs();
        assertThat(mail.receivedFor("anna@example.de", "Erinnerung")).as("no plain reminder where the office asks").isEmpty();

        server.clock.set(FRIDAY_TEN.minusHours(47));
        server.runJobs();
        MimeMessage asked = only("anna@example.de", "Bitte bestätigen Sie Ihren Termin");
        assertThat(MailParts.text(asked)).contains("bis Donnerstag, 26. November 2026, 22:00 Uhr", "/booking/" + anna.code() + "?token=");
        assertThat(MailParts.part(asked.getContent(), "image/png")).as("the QR code, as in any reminder").isPresent();
        assertThat(only("bea@example.de", "Bitte bestätigen Sie Ihren Termin")).isNotNull();

        assertThat(server.http.get(bea.page(), null).body()).contains("data-attending=\"asked\"");
        assertThat(portal.post("/booking/" + bea.code() + "/attend", Map.of("token", bea.token())).status()).isEqualTo(303);
        assertThat(server.http.get(bea.page(), null).body()).contains("data-attending=\"confirmed\"");
        assertThat(portal.post("/booking/" + bea.code() + "/attend", Map.of("token", "forged")).status()).isEqualTo(403);

        server.clock.set(FRIDAY_TEN.minusHours(23));
        server.runJobs();
        assertThat(mail.receivedFor("anna@example.de", "Bitte bestätigen Sie Ihren Termin")).as("asked again, the warning").hasSize(2);
        assertThat(only("bea@example.de", "Erinnerung an Ihren Termin")).as("who confirmed is reminded, not asked").isNotNull();

        server.clock.set(FRIDAY_TEN.minusHours(12).minusMinutes(1));
        server.runJobs();
        assertThat(status(anna)).as("a minute before the deadline").isEqualTo("BOOKED");

        server.clock.set(FRIDAY_TEN.minusHours(12).plusMinutes(1));
        server.runJobs();
        assertThat(status(anna)).isEqualTo("CANCELLED");
        assertThat(status(bea)).isEqualTo("BOOKED");
        assertThat(MailParts.text(only("anna@example.de", "Termin freigegeben")))
                .contains("nicht bis Donnerstag, 26. November 2026, 22:00 Uhr bestätigt", "/services/" + PortalClient.SERVICE + "/days");
        assertThat(MailParts.text(only("carl@example.de", "Ein Termin ist für Sie frei")))
                .as("the freed time goes to the waiting list").contains("Freitag, 27. November 2026", "10:00");
    }

    @Test
    void aBookingWhoseRequestNeverWentOutIsNotReleased() {
        PortalClient.Booked late = portal.book(FRIDAY_TEN, "Lena Spät", "lena@example.de");
        server.jdbi().useHandle(handle -> handle.execute("UPDATE mail_outbox SET dropped_at = now() WHERE kind = 'ATTENDANCE_REQUEST'"));
        server.clock.set(FRIDAY_TEN.minusHours(11));
        server.runJobs();
        assertThat(status(late)).as("never asked, so never released").isEqualTo("BOOKED");
    }

    private String status(PortalClient.Booked booked) {
        return server.http.get("/api/v1/bookings/" + booked.code(), null).json().path("status").asText();
    }

    private MimeMessage only(String to, String subject) {
        List<MimeMessage> found = mail.receivedFor(to, subject);
        assertThat(found).as("mails to " + to + " about " + subject).hasSize(1);
        return found.get(0);
    }
}
