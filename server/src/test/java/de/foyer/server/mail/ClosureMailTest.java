package de.foyer.server.mail;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.MailCatcher;
import de.foyer.server.testing.MailParts;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Closing a day that has bookings: the admin is told how many first; confirmed, each citizen is told and not reminded. */
class ClosureMailTest {

    private static final LocalDateTime THURSDAY = LocalDateTime.of(2026, 11, 26, 10, 0);
    private MailCatcher mailServer;
    private BookingTestServer server;
    private String admin;

    @BeforeEach
    void start() {
        mailServer = MailCatcher.start();
        server = BookingTestServer.start(BookingTestServer.settings().withMail(mailServer.settings()), 100_000);
        admin = server.http.login("admin");
    }

    @AfterEach
    void stop() {
        server.close();
        mailServer.close();
    }

    @Test
    void closingADayWithThreeBookingsCancelsThemMailsEachCitizenAndDropsTheirReminders() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode booked = server.book("anmeldung", THURSDAY.plusMinutes(30L * i), "citizen" + i + "@example.de").json();
            codes.add(booked.path("code").asText());
        }
        String friday = server.book("anmeldung", THURSDAY.plusDays(1), "other@example.de").json().path("code").asText();
        assertThat(server.runJobs()).as("the four confirmations").isEqualTo(4);

        Http.Response asked = server.http.post("/api/v1/admin/closures", admin, "{\"day\":\"2026-11-26\",\"reason\":\"Betriebsausflug\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(409);
        assertThat(asked.errorCode()).isEqualTo("CLOSURE_HAS_BOOKINGS");
        assertThat(asked.json().path("bookings").asInt()).isEqualTo(3);
        assertThat(server.count("closures WHERE day = '2026-11-26'")).as("nothing changes before confirmation").isZero();
        assertThat(server.count("bookings WHERE day = '2026-11-26' AND status = 'BOOKED' AND email IS NOT NULL")).isEqualTo(3);

        Http.Response closed = server.http.post("/api/v1/admin/closures", admin,
                "{\"day\":\"2026-11-26\",\"reason\":\"Betriebsausflug\",\"confirm\":true}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
        assertThat(closed.json().path("cancelledBookings").asInt()).isEqualTo(3);
        for (String code : codes) {
            assertThat(server.http.get("/api/v1/bookings/" + code, null).json().path("status").asText()).isEqualTo("CANCELLED");
        }
        assertThat(server.http.get("/api/v1/bookings/" + friday, null).json().path("status").asText()).isEqualTo("BOOKED");

        assertThat(server.runJobs()).isEqualTo(3);
        assertThat(mailServer.received()).hasSize(7);
        List<MimeMessage> closureMails = closureMails();
        assertThat(closureMails).extracting(mail -> mail.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder("citizen0@example.de", "citizen1@example.de", "citizen2@example.de");
        for (MimeMessage mail : closureMails) {
            assertThat(mail.getSubject()).contains("geschlossen", "closed");
            assertThat(text(mail)).contains("Betriebsausflug",
                    "https://termine.example.de/services/anmeldung/days?persons=1");
        }

        assertThat(server.count("""
                mail_outbox m JOIN bookings b ON b.id = m.subject_id
                WHERE m.kind = 'REMINDER' AND b.day = '2026-11-26' AND m.sent_at IS NULL AND m.dropped_at IS NULL"""))
                .as("no reminder for the closed day waits in the outbox").isZero();
        server.clock.set(LocalDateTime.of(2026, 11, 25, 12, 0));
        assertThat(server.runJobs()).as("no reminders for Thursday").isZero();
        server.clock.set(LocalDateTime.of(2026, 11, 26, 10, 0));
        assertThat(server.runJobs()).as("Friday's reminder still goes out").isEqualTo(1);
        assertThat(mailServer.receivedFor("other@example.de"))
                .extracting(MimeMessage::getSubject).anyMatch(subject -> subject.contains("Erinnerung"));
        assertThat(closureMails()).as("still three").hasSize(3);
    }

    @Test
    void aDayWithoutBookingsClosesAtOnceAsBefore() {
        Http.Response closed = server.http.post("/api/v1/admin/closures", admin, "{\"day\":\"2026-12-24\",\"reason\":\"Heiligabend\"}");

        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
        assertThat(closed.json().path("cancelledBookings").asInt()).isZero();
    }

    private static String text(MimeMessage mail) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).as("the text and its HTML twin only: no calendar file for a cancelled time").isEqualTo(1);
        assertThat(MailParts.part(parts, "text/calendar")).isEmpty();
        return (String) MailParts.part(parts, "text/plain").orElseThrow().getContent();
    }

    private List<MimeMessage> closureMails() throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : mailServer.received()) {
            if (mail.getSubject().contains("geschlossen")) {
                found.add(mail);
            }
        }
        return found;
    }
}
