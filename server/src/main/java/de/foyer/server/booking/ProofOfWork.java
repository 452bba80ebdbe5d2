package de.foyer.server.booking;

import de.foyer.protocol.booking.BookingRequest;
import de.foyer.protocol.booking.Challenge;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The puzzle the portal solves before it may book: a script that books hundreds of times must pay
 * for each booking in computing time, a citizen waits well under a second. Salts are signed, not
 * stored: handing them out costs nothing; only a used one is kept (by the booking), so each serves once.
 * As ALTCHA does, the puzzle grows with the demand of whoever asks: an address that keeps fetching
 * puzzles gets one bit more with every doubling beyond its budget, so a citizen pays the base and a
 * script from one address pays up to {@value #MOST_EXTRA_BITS} bits more. The bits are in the signed
 * salt, so the proof is checked against what was asked of this client.
 */
public final class ProofOfWork {

    static final Duration VALIDITY = Duration.ofMinutes(15);
    /**
     * At most this many bits above the base for a client address that keeps fetching puzzles: 256
     * times the work, a minute of a phone's time, for one that fetched hundreds in ten minutes.
     */
    static final int MOST_EXTRA_BITS = 8;

    private final int bits;
    private final Signatures signatures;
    private final SecureRandom random = new SecureRandom();

    public ProofOfWork(int bits, Signatures signatures) {
        this.bits = bits;
        this.signatures = signatures;
    }

    public boolean required() {
        return bits > 0;
    }

    /** A puzzle with the base difficulty and {@code extraBits} more (at most {@link #MOST_EXTRA_BITS}). */
    public Challenge challenge(Instant now, int extraBits) {
        int asked = bits + Math.max(0, Math.min(MOST_EXTRA_BITS, extraBits));
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String payload = "v1:" + asked + ":" + now.plus(VALIDITY).getEpochSecond() + ":"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return new Challenge("SHA-256", payload + ":" + signatures.signProof(payload), asked);
    }

    /** A salt that was solved and may be used once, with the time after which nobody could use it anyway. */
    public record Solved(String saltHash, Instant expiresAt) {
    }

    /** Checks the proof; throws the refusal the portal shows. */
    public Solved verify(BookingRequest.Proof proof, Instant now) {
        if (proof == null || proof.salt() == null || proof.number() == null) {
            throw ApiException.badRequest("PROOF_REQUIRED", "Please let the booking page finish its check (proof of work) and send again.");
        }
        String[] part = proof.salt().split(":", -1);
        if (part.length != 5 || !part[0].equals("v1")
                || !Signatures.same(signatures.signProof(String.join(":", part[0], part[1], part[2], part[3])), part[4])) {
            throw invalid();
        }
        Instant expires;
        int saltBits;
        try {
            saltBits = Integer.parseInt(part[1]);
            expires = Instant.ofEpochSecond(Long.parseLong(part[2]));
        } catch (NumberFormatException e) {
            throw invalid();
        }
        if (!now.isBefore(expires)) {
            throw ApiException.badRequest("PROOF_EXPIRED", "The booking page's check has expired. Please fetch a new one.");
        }
        if (saltBits < bits || proof.number() < 0 || leadingZeroBits(sha256(proof.salt() + proof.number())) < saltBits) {
            throw invalid();
        }
        return new Solved(Tokens.hash(proof.salt()), expires);
    }

    private static ApiException invalid() {
        return ApiException.badRequest("PROOF_INVALID", "The booking page's check (proof of work) is not valid. Please reload the page.");
    }

    static int leadingZeroBits(byte[] digest) {
        int zeros = 0;
        for (byte value : digest) {
            if (value == 0) {
                zeros += 8;
            } else {
                return zeros + Integer.numberOfLeadingZeros(value & 0xff) - 24;
            }
        }
        return zeros;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
