package de.foyer.server.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.foyer.hardware.qr.QrScan;
import de.foyer.server.booking.Artefacts;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.MailParts;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Confirmation, reminder and cancellation through a real SMTP server (GreenMail), and an outbox that outlasts it. */
class BookingMailTest {

    private static final LocalDateTime THURSDAY_TEN = LocalDateTime.of(2026, 11, 26, 10, 0);
    private final int port = freePort();
    private GreenMail mailServer;
    private BookingTestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    @Test
    void theConfirmationCarriesTheQrAndACalendarFileAndTheReminderComesADayBefore() throws Exception {
        startMailServer();
        startServer();
        server.jdbi().useHandle(handle -> handle.execute("UPDATE offices SET street = 'Rathausplatz 1', postal_code = '50667', city = 'Köln',"
                + " phone = '0221 123-0', web = 'https://www.example.de/buergerbuero' WHERE id = 'buergerbuero'"));
        Map<String, Object> body = BookingTestServer.booking("personalausweis-beantragen", THURSDAY_TEN, "erika@example.de");
        body.put("name", "<b>Erika</b> Mustermann");
        JsonNode confirmation = server.book(body).json();

        assertThat(server.runJobs()).isEqualTo(1);
        MimeMessage mail = mailServer.getReceivedMessages()[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("erika@example.de");
        assertThat(mail.getSubject()).contains("Terminbestätigung", "Appointment confirmed", "26");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        BodyPart text = part(parts, "text/plain");
        String words = (String) text.getContent();
        assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(words).contains("Guten Tag <b>Erika</b> Mustermann", "Dear <b>Erika</b> Mustermann",
                "Personalausweis beantragen", "Apply for an ID card", "10:00",
                confirmation.path("code").asText().substring(0, 5) + "-" + confirmation.path("code").asText().substring(5),
                "https://termine.example.de/booking/" + confirmation.path("code").asText() + "?token="
                        + confirmation.path("cancelToken").asText());
        assertThat(words.replace("\r\n", "\n")).as("how to reach the office, once, at the end").endsWith("\n-- \nBürgerbüro im Rathaus\nRathausplatz 1\n"
                + "50667 Köln\nTel. 0221 123-0\nhttps://www.example.de/buergerbuero");
        assertThat(QrScan.drawn(part(parts, "image/png").getInputStream().readAllBytes()))
                .contains(confirmation.path("qr").asText());
        VEvent event = Artefacts.event(part(parts, "text/calendar").getInputStream().readAllBytes());
        assertThat(Artefacts.start(event)).isEqualTo(OffsetDateTime.parse("2026-11-26T10:00:00+01:00").toInstant());

        server.clock.set(LocalDateTime.of(2026, 11, 25, 9, 59));
        assertThat(server.runJobs()).as("a minute before the reminder is due").isZero();
        server.clock.set(LocalDateTime.of(2026, 11, 25, 10, 0));
        assertThat(server.runJobs()).isEqualTo(1);
        MimeMessage reminder = mailServer.getReceivedMessages()[1];
        assertThat(reminder.getSubject()).contains("Erinnerung", "Reminder");
        assertThat(Artefacts.start(Artefacts.event(part((MimeMultipart) reminder.getContent(), "text/calendar")
                .getInputStream().readAllBytes()))).isEqualTo(OffsetDateTime.parse("2026-11-26T10:00:00+01:00").toInstant());
        assertThat(server.runJobs()).as("each mail once").isZero();
        assertThat(mailServer.getReceivedMessages()).hasSize(2);
    }

    @Test
    void withTheMailServerDownTheBookingSucceedsAndTheMailGoesOutOnceItIsBack() throws Exception {
        startServer();

        Http.Response booked = server.book("anmeldung", THURSDAY_TEN, "erika@example.de");
        assertThat(booked.status()).isEqualTo(201);
        assertThat(server.runJobs()).isZero();
        assertThat(server.count("mail_outbox WHERE sent_at IS NULL AND attempts = 1 AND last_error IS NOT NULL")).isEqualTo(1);

        startMailServer();
        assertThat(server.runJobs()).as("still waiting out the pause after the failure").isZero();
        server.clock.advance(Duration.ofMinutes(1));
        assertThat(server.runJobs()).isEqualTo(1);
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
        assertThat(mailServer.getReceivedMessages()[0].getSubject()).contains("Terminbestätigung");
    }

    @Test
    void cancellingDropsTheReminderAndSaysSo() throws Exception {
        startMailServer();
        startServer();
        JsonNode confirmation = server.book("anmeldung", THURSDAY_TEN, "erika@example.de").json();
        server.runJobs();

        server.http.send("DELETE", "/api/v1/bookings/" + confirmation.path("code").asText() + "?token="
                + confirmation.path("cancelToken").asText(), null, null);
        assertThat(server.runJobs()).isEqualTo(1);
        server.clock.set(LocalDateTime.of(2026, 11, 25, 10, 0));
        assertThat(server.runJobs()).as("no reminder of a cancelled appointment").isZero();

        assertThat(mailServer.getReceivedMessages()).hasSize(2);
        MimeMessage cancellation = mailServer.getReceivedMessages()[1];
        assertThat(cancellation.getSubject()).contains("abgesagt", "cancelled");
        assertThat(((String) part((MimeMultipart) cancellation.getContent(), "text/plain").getContent()).replace("\r\n", "\n"))
                .as("an office without an address: its name").endsWith("\n-- \nBürgerbüro im Rathaus");
    }

    private void startServer() {
        server = BookingTestServer.start(BookingTestServer.settings().withMail(MailSettings.at("127.0.0.1", port).withTls(MailTls.NONE)), 100_000);
    }

    private void startMailServer() {
        mailServer = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
    }

    private static BodyPart part(MimeMultipart parts, String type) throws Exception {
        return MailParts.part(parts, type).orElseThrow(() -> new AssertionError("No " + type + " part"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
