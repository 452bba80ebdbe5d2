package de.foyer.server.booking;

import de.foyer.protocol.booking.BookingRequest;
import de.foyer.protocol.booking.Challenge;
import de.foyer.server.web.ApiException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProofOfWorkTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private final Signatures signatures = new Signatures("a secret of thirty-two characters".getBytes(StandardCharsets.UTF_8));
    private final ProofOfWork proofOfWork = new ProofOfWork(10, signatures);

    /** What the portal's script does: count up until the hash begins with enough zero bits. */
    static long solve(Challenge challenge) {
        for (long n = 0; ; n++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge.salt() + n)) >= challenge.bits()) {
                return n;
            }
        }
    }

    @Test
    void aSolvedChallengePassesAndEachSaltIsRecordedByItsOwnHash() {
        Challenge challenge = proofOfWork.challenge(NOW, 0);
        assertThat(challenge.algorithm()).isEqualTo("SHA-256");
        assertThat(challenge.bits()).isEqualTo(10);

        ProofOfWork.Solved solved = proofOfWork.verify(new BookingRequest.Proof(challenge.salt(), solve(challenge)), NOW);

        assertThat(solved.expiresAt()).isEqualTo(NOW.plus(ProofOfWork.VALIDITY));
        Challenge another = proofOfWork.challenge(NOW, 0);
        assertThat(another.salt()).isNotEqualTo(challenge.salt());
        assertThat(proofOfWork.verify(new BookingRequest.Proof(another.salt(), solve(another)), NOW).saltHash())
                .isNotEqualTo(solved.saltHash());
    }

    @Test
    void aWrongNumberAForgedSaltOrAnExpiredOneIsRefused() {
        Challenge challenge = proofOfWork.challenge(NOW, 0);
        long number = solve(challenge);

        assertThat(code(new BookingRequest.Proof(challenge.salt(), wrongNumber(challenge)), NOW)).isEqualTo("PROOF_INVALID");
        assertThat(code(new BookingRequest.Proof(challenge.salt().replace("v1:10:", "v1:1:"), number), NOW)).isEqualTo("PROOF_INVALID");
        assertThat(code(new BookingRequest.Proof(challenge.salt(), -number - 1), NOW)).isEqualTo("PROOF_INVALID");
        assertThat(code(new BookingRequest.Proof(challenge.salt(), number), NOW.plus(ProofOfWork.VALIDITY))).isEqualTo("PROOF_EXPIRED");
        assertThat(code(null, NOW)).isEqualTo("PROOF_REQUIRED");
        assertThat(code(new BookingRequest.Proof(null, number), NOW)).isEqualTo("PROOF_REQUIRED");
    }

    /** The bits asked of a client are in its signed salt: a proof at the base difficulty does not answer a harder puzzle. */
    @Test
    void aHarderPuzzleMustBeSolvedAtItsOwnDifficulty() {
        Challenge harder = proofOfWork.challenge(NOW, 3);
        assertThat(harder.bits()).isEqualTo(13);
        assertThat(harder.salt()).startsWith("v1:13:");
        assertThat(proofOfWork.challenge(NOW, 50).bits()).as("never more than the most").isEqualTo(10 + ProofOfWork.MOST_EXTRA_BITS);
        assertThat(proofOfWork.challenge(NOW, -1).bits()).isEqualTo(10);

        long number = 0;
        while (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(harder.salt() + number)) < 10
                || ProofOfWork.leadingZeroBits(ProofOfWork.sha256(harder.salt() + number)) >= 13) {
            number++;
        }
        assertThat(code(new BookingRequest.Proof(harder.salt(), number), NOW)).as("10 bits found, 13 asked").isEqualTo("PROOF_INVALID");
        assertThat(proofOfWork.verify(new BookingRequest.Proof(harder.salt(), solve(harder)), NOW)).isNotNull();
    }

    @Test
    void countsLeadingZeroBits() {
        assertThat(ProofOfWork.leadingZeroBits(new byte[]{0, 0, (byte) 0x80})).isEqualTo(16);
        assertThat(ProofOfWork.leadingZeroBits(new byte[]{0, 0x01})).isEqualTo(15);
        assertThat(ProofOfWork.leadingZeroBits(new byte[]{(byte) 0xff})).isZero();
    }

    private static long wrongNumber(Challenge challenge) {
        for (long n = 0; ; n++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge.salt() + n)) < challenge.bits()) {
                return n;
            }
        }
    }

    private String code(BookingRequest.Proof proof, Instant now) {
        try {
            proofOfWork.verify(proof, now);
            return "PASSED";
        } catch (ApiException refusal) {
            return refusal.code();
        }
    }
}
