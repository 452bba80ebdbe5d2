package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.protocol.booking.Challenge;
import de.foyer.server.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With a proof of work demanded, the portal books only with a solved, fresh, unused challenge. */
class ProofOfWorkApiTest {

    private static final LocalDateTime THURSDAY_TEN = LocalDateTime.of(2026, 11, 26, 10, 0);
    private BookingTestServer server;

    @BeforeEach
    void start() {
        server = BookingTestServer.start(BookingTestServer.settings().withProofBits(8), 100_000);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aMissingOrWrongProofIsRefusedAndASolvedOneServesOnce() {
        JsonNode challenge = server.http.get("/api/v1/bookings/challenge", null).json();
        assertThat(challenge.path("algorithm").asText()).isEqualTo("SHA-256");
        assertThat(challenge.path("bits").asInt()).isEqualTo(8);
        String salt = challenge.path("salt").asText();
        long number = ProofOfWorkTest.solve(new Challenge("SHA-256", salt, 8));

        Http.Response missing = server.book("anmeldung", THURSDAY_TEN, "erika@example.de");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("PROOF_REQUIRED");

        Http.Response wrong = server.book(withProof(salt, wrongFor(salt)));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorCode()).isEqualTo("PROOF_INVALID");
        assertThat(server.count("bookings")).isZero();

        Http.Response solved = server.book(withProof(salt, number));
        assertThat(solved.status()).as(solved.body()).isEqualTo(201);

        Map<String, Object> again = withProof(salt, number);
        again.put("start", "2026-11-26T11:00:00+01:00");
        Http.Response reused = server.book(again);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.errorCode()).isEqualTo("PROOF_USED");
        assertThat(server.count("bookings")).isEqualTo(1);
    }

    private static Map<String, Object> withProof(String salt, long number) {
        Map<String, Object> body = BookingTestServer.booking("anmeldung", THURSDAY_TEN, "erika@example.de");
        body.put("proof", Map.of("salt", salt, "number", number));
        return body;
    }

    private static long wrongFor(String salt) {
        for (long n = 0; ; n++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(salt + n)) < 8) {
                return n;
            }
        }
    }
}
