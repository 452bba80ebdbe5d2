package de.foyer.server.booking;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The secret behind QR codes and cancel links, and the one it replaced. After a rotation, codes
 * signed with the previous secret stay valid for the grace time (citizens keep confirmations for
 * weeks); after it they are refused.
 */
public record SigningKeys(byte[] current, Optional<Retired> previous, Duration grace) {

    public static final Duration DEFAULT_GRACE = Duration.ofDays(60);

    /** A secret taken out of use at a moment. */
    public record Retired(byte[] secret, Instant retiredAt) {
    }

    public SigningKeys {
        if (current.length < 16) {
            throw new IllegalArgumentException("The signing secret must have at least 128 bits");
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("The grace time must not be negative");
        }
    }

    /** One secret and no predecessor, e.g. FOYER_CHECKIN_SECRET. */
    public static SigningKeys of(String secret) {
        return of(secret.getBytes(StandardCharsets.UTF_8));
    }

    public static SigningKeys of(byte[] secret) {
        return new SigningKeys(secret, Optional.empty(), DEFAULT_GRACE);
    }

    /** 256 fresh random bits: for tests and the first start of an installation. */
    public static SigningKeys generate() {
        return of(randomSecret());
    }

    public static byte[] randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    public SigningKeys withGrace(Duration time) {
        return new SigningKeys(current, previous, time);
    }

    /** The previous secret while its grace lasts at this moment. */
    public Optional<byte[]> previousValidAt(Instant now) {
        return previous.filter(retired -> now.isBefore(retired.retiredAt().plus(grace))).map(Retired::secret);
    }

    @Override
    public String toString() {
        return "SigningKeys[hidden]";
    }
}
