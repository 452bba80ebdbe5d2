package de.foyer.server.booking;

import de.foyer.server.mail.MailSettings;

import java.time.Duration;
import java.util.Optional;

/**
 * The installation's settings for booking, from the environment (the rules an office tunes live in
 * its database row instead).
 *
 * @param proofBits     leading zero bits the portal's proof of work must find; 0 turns it off
 * @param checkinSecret FOYER_CHECKIN_SECRET if the operator set one (else the key file of the data directory)
 * @param keys          the secrets QR codes and cancel links are signed with, as the server resolved them at start
 * @param publicUrl     the address citizens reach the portal at, for links in mails
 * @param jobInterval   how often reminders, retries, no-shows and erasure are looked after; zero: never by itself
 */
public record BookingSettings(int proofBits, Optional<String> checkinSecret, String publicUrl, MailSettings mail,
                              Duration jobInterval, SigningKeys keys) {

    public static final int DEFAULT_PROOF_BITS = 18;
    public static final int SHORTEST_SECRET = 32;

    public BookingSettings {
        if (proofBits < 0 || proofBits > 32) {
            throw new IllegalArgumentException("FOYER_BOOKING_PROOF_BITS must be between 0 and 32");
        }
        if (checkinSecret.isPresent() && checkinSecret.get().length() < SHORTEST_SECRET) {
            throw new IllegalArgumentException("FOYER_CHECKIN_SECRET must have at least " + SHORTEST_SECRET
                    + " characters (for example from: openssl rand -base64 32)");
        }
    }

    public static BookingSettings defaults() {
        return new BookingSettings(DEFAULT_PROOF_BITS, Optional.empty(), "http://localhost:8080", MailSettings.off(),
                Duration.ofSeconds(30), SigningKeys.generate());
    }

    public BookingSettings withProofBits(int bits) {
        return new BookingSettings(bits, checkinSecret, publicUrl, mail, jobInterval, keys);
    }

    public BookingSettings withMail(MailSettings settings) {
        return new BookingSettings(proofBits, checkinSecret, publicUrl, settings, jobInterval, keys);
    }

    public BookingSettings withJobInterval(Duration interval) {
        return new BookingSettings(proofBits, checkinSecret, publicUrl, mail, interval, keys);
    }

    /** The operator's secret; it becomes the signing key as well, without a predecessor. */
    public BookingSettings withCheckinSecret(Optional<String> secret) {
        return new BookingSettings(proofBits, secret, publicUrl, mail, jobInterval, secret.filter(text -> text.length() >= SHORTEST_SECRET).map(SigningKeys::of).orElse(keys));
    }

    public BookingSettings withKeys(SigningKeys signingKeys) {
        return new BookingSettings(proofBits, checkinSecret, publicUrl, mail, jobInterval, signingKeys);
    }

    public BookingSettings withPublicUrl(String url) {
        return new BookingSettings(proofBits, checkinSecret, url, mail, jobInterval, keys);
    }
}
