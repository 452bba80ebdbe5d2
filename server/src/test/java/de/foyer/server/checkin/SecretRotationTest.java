package de.foyer.server.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.Config;
import de.foyer.server.booking.BookingTestServer;
import de.foyer.server.booking.SecretFile;
import de.foyer.server.booking.SigningKeys;
import de.foyer.server.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import static de.foyer.server.testing.TestServer.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

/** After `foyer rotate-secret` QR codes handed out before still check in for the grace time, and not after it. */
class SecretRotationTest {

    private static final Duration GRACE = Duration.ofMinutes(30);
    private BookingTestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aQrSignedBeforeARotationChecksInDuringTheGraceTimeAndIsRefusedAfterIt(@TempDir Path data) throws Exception {
        Path keyFile = data.resolve(SecretFile.DEFAULT_NAME);
        SigningKeys first = SecretFile.readOrCreate(keyFile, Optional.empty(), GRACE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        server = BookingTestServer.start(BookingTestServer.settings().withKeys(first), 100_000);
        String early = book(LocalDateTime.of(2026, 11, 24, 10, 30)).path("qr").asText();
        String late = book(LocalDateTime.of(2026, 11, 24, 10, 45)).path("qr").asText();

        // Rotated at 10:00 (the test clock's now); the server restarts with the new key file.
        SigningKeys rotated = SecretFile.rotate(keyFile, server.clock.instant(), GRACE);
        assertThat(rotated.current()).isNotEqualTo(first.current());
        assertThat(SecretFile.read(keyFile, GRACE).previous()).isPresent();
        server.restartWithKeys(SecretFile.read(keyFile, GRACE));
        String fresh = book(LocalDateTime.of(2026, 11, 24, 10, 45)).path("qr").asText();
        assertThat(fresh).isNotEqualTo(late);

        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 20));
        Http.Response during = scan(early);
        assertThat(during.status()).as("within the grace time: %s", during.body()).isEqualTo(201);

        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 31));
        Http.Response after = scan(late);
        assertThat(after.status()).as("after the grace time").isEqualTo(400);
        assertThat(after.errorCode()).isEqualTo("INVALID_CODE");
        assertThat(scan(fresh).status()).as("a code of the new secret, same time and slot").isEqualTo(201);
    }

    /** The same with the operator's own secret: FOYER_CHECKIN_SECRET replaced, the one before given with the moment it was. */
    @Test
    void anOperatorsSecretRotatesWithThePreviousOneAndTheMomentItWasReplaced() {
        String before = "the-secret-before-the-rotation-0123456789";
        server = BookingTestServer.start(BookingTestServer.settings().withKeys(SigningKeys.of(before)), 100_000);
        String early = book(LocalDateTime.of(2026, 11, 24, 10, 30)).path("qr").asText();
        String late = book(LocalDateTime.of(2026, 11, 24, 10, 45)).path("qr").asText();

        Config rotated = Config.fromEnvironment(Map.of("FOYER_CHECKIN_SECRET", "the-secret-after-the-rotation-9876543210",
                "FOYER_CHECKIN_SECRET_PREVIOUS", before, "FOYER_CHECKIN_SECRET_ROTATED", "2026-11-24T10:00+01:00",
                "FOYER_SECRET_GRACE", "PT30M"));
        server.restartWithKeys(rotated.operatorKeys().orElseThrow());

        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 20));
        assertThat(scan(early).status()).as("within the grace time").isEqualTo(201);
        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 31));
        assertThat(scan(late).errorCode()).as("after the grace time").isEqualTo("INVALID_CODE");
    }

    private JsonNode book(LocalDateTime start) {
        Http.Response booked = server.book("personalausweis-beantragen", start, "r" + start.getMinute() + "@example.de");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.json();
    }

    private Http.Response scan(String text) {
        return server.http.post("/api/v1/kiosk/checkins", KIOSK, Http.json(Map.of("scan", text)));
    }
}
