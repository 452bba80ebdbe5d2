package de.foyer.server.mail;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.hardware.qr.QrScan;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.portal.PortalClient;
import de.foyer.server.testing.HtmlChecker;
import de.foyer.server.testing.MailCatcher;
import de.foyer.server.testing.MailParts;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking's mails in the language the citizen booked in, German beside it: what to bring and the
 * fee, where the office is, when the kiosk lets them in, the cancel link; the same in a valid HTML
 * part; the QR code again in the reminder.
 */
class MailLanguagesTest {

    private static final LocalDateTime THURSDAY_TEN = LocalDateTime.of(2026, 11, 26, 10, 0);
    private MailCatcher mailServer;
    private BookingTestServer server;

    @BeforeEach
    void start() {
        mailServer = MailCatcher.start();
        server = BookingTestServer.start(BookingTestServer.settings().withMail(mailServer.settings()),
                100_000);
        server.jdbi().useHandle(handle -> handle.execute("UPDATE offices SET street = 'Rathausplatz 1', postal_code = '50667',"
                + " city = 'Köln' WHERE id = 'buergerbuero'"));
    }

    @AfterEach
    void stop() {
        server.close();
        mailServer.close();
    }

    @Test
    void aBookingMadeOnTheEnglishPortalGetsAnEnglishFirstMailWithAllThatMattersAtTheCounter() throws Exception {
        PortalClient.Booked booked = new PortalClient(server.http).book(THURSDAY_TEN, "Erika Mustermann", "erika@example.de", "en");
        assertThat(server.runJobs()).isEqualTo(1);

        MimeMessage mail = mailServer.received()[0];
        assertThat(mail.getSubject()).startsWith("Appointment confirmed: Thursday, 26 November 2026, 10:00 / Terminbestätigung");
        String text = text(mail, "text/plain");
        assertThat(text).startsWith("Dear Erika Mustermann,");
        int german = text.indexOf("----- Deutsch -----");
        assertThat(german).as("German beside, after the English").isPositive();
        String english = text.substring(0, german);
        assertThat(english).contains(
                "Apply for an ID card",
                "Bring: a biometric photo, your current ID card or birth certificate. Fee: €37.00 (24 and older).",
                "How to find us:\nBürgerbüro im Rathaus\nRathausplatz 1\n50667 Köln",
                "between 09:30 and 10:10",
                "https://termine.example.de/booking/" + booked.code() + "?token=" + booked.token());
        assertThat(text.substring(german)).contains("Guten Tag Erika Mustermann", "Mitbringen: biometrisches Passfoto",
                "zwischen 09:30 und 10:10 Uhr", "So finden Sie uns:");

        String html = text(mail, "text/html");
        assertThat(new HtmlChecker().errors(html)).as("the HTML part, by the Nu Html Checker").isEmpty();
        assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">", "Fee: €37.00", "Rathausplatz 1",
                "<a href=\"https://termine.example.de/booking/" + booked.code() + "?token=" + booked.token() + "\">",
                "<div lang=\"de\" dir=\"ltr\">", "<img src=\"cid:termin-qr.png\" alt=\"QR code for checking in at the kiosk\"");
    }

    @Test
    void aTurkishBookingIsTurkishFirstAndAnArabicOneRunsRightToLeftInItsHtml() throws Exception {
        Map<String, Object> turkish = BookingTestServer.booking("personalausweis-beantragen", THURSDAY_TEN, "ayse@example.de");
        turkish.put("language", "tr");
        assertThat(server.book(turkish).status()).isEqualTo(201);
        Map<String, Object> arabic = BookingTestServer.booking("reisepass-beantragen", THURSDAY_TEN.plusHours(1), "amal@example.de");
        arabic.put("language", "ar");
        assertThat(server.book(arabic).status()).isEqualTo(201);
        assertThat(server.runJobs()).isEqualTo(2);

        MimeMessage first = mailFor("ayse@example.de");
        String text = text(first, "text/plain");
        assertThat(text.indexOf("Kimlik kartı başvurusu")).as("the service in Turkish, before the German")
                .isPositive().isLessThan(text.indexOf("----- Deutsch -----"));
        assertThat(text).contains("Getirmeniz gerekenler", "Rathausplatz 1");

        MimeMessage second = mailFor("amal@example.de");
        String html = text(second, "text/html");
        assertThat(new HtmlChecker().errors(html)).isEmpty();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">", "<div lang=\"ar\" dir=\"rtl\">", "<div lang=\"de\" dir=\"ltr\">",
                "طلب جواز سفر");
    }

    @Test
    void theReminderCarriesTheQrCodeAgain() throws Exception {
        Map<String, Object> english = BookingTestServer.booking("anmeldung", THURSDAY_TEN, "erika@example.de");
        english.put("language", "en");
        JsonNode confirmation = server.book(english).json();
        server.runJobs();
        server.clock.set(LocalDateTime.of(2026, 11, 25, 10, 0));
        assertThat(server.runJobs()).isEqualTo(1);

        MimeMessage reminder = mailServer.received()[1];
        assertThat(reminder.getSubject()).startsWith("Reminder of your appointment");
        BodyPart qr = MailParts.part(reminder.getContent(), "image/png").orElseThrow();
        assertThat(QrScan.drawn(qr.getInputStream().readAllBytes())).contains(confirmation.path("qr").asText());
        assertThat(MailParts.part(reminder.getContent(), "text/calendar")).isPresent();
    }

    @Test
    void aLanguageFoyerDoesNotSpeakIsRefusedAndNothingIsBooked() {
        Map<String, Object> body = BookingTestServer.booking("anmeldung", THURSDAY_TEN, "erika@example.de");
        body.put("language", "fr");
        assertThat(server.book(body).errorCode()).isEqualTo("UNKNOWN_LANGUAGE");
        assertThat(server.count("bookings WHERE email = 'erika@example.de'")).isZero();
    }

    private MimeMessage mailFor(String address) throws Exception {
        for (MimeMessage message : mailServer.received()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + address);
    }

    private static String text(MimeMessage mail, String type) throws Exception {
        return ((String) MailParts.part(mail.getContent(), type).orElseThrow().getContent()).replace("\r\n", "\n");
    }

    /** The first part of that type, however deep the mail nests its alternatives and related pictures. */
}
