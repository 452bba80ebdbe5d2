package de.foyer.server.booking;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * HMAC-SHA256 signatures from the server's secret: the QR code of a confirmation, the token that
 * cancels a booking, and the proof-of-work salts. Each use has a key of its own derived from the
 * secret, so a signature made for one can never pass as another. After a rotation, codes signed
 * with the previous secret are accepted until its grace time ends; new codes use the current one.
 */
public final class Signatures {

    public static final String QR_PREFIX = "FOYER1.";
    /** Set before an entry's id, so that its link's token can never be a booking's cancel token. */
    private static final String WAITING = "waiting:";

    /** The keys derived from one secret. */
    private record Keys(byte[] qr, byte[] cancel, byte[] proof) {
        static Keys of(byte[] secret) {
            return new Keys(hmac(secret, "foyer/qr"), hmac(secret, "foyer/cancel"), hmac(secret, "foyer/proof"));
        }
    }

    private final Keys current;
    private final SigningKeys secrets;
    private final Clock clock;

    public Signatures(byte[] secret) {
        this(SigningKeys.of(secret), Clock.systemUTC());
    }

    public Signatures(SigningKeys secrets, Clock clock) {
        this.current = Keys.of(secrets.current());
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The QR code's text: FOYER1.&lt;booking id&gt;.&lt;signature&gt;. */
    public String qr(String bookingId) {
        return qr(current, bookingId);
    }

    /** The booking id the QR text names, if its signature is ours; empty for anything forged or altered. */
    public Optional<String> verifyQr(String text) {
        if (text == null || !text.startsWith(QR_PREFIX)) {
            return Optional.empty();
        }
        int dot = text.lastIndexOf('.');
        if (dot <= QR_PREFIX.length()) {
            return Optional.empty();
        }
        String bookingId = text.substring(QR_PREFIX.length(), dot);
        if (same(qr(current, bookingId), text)) {
            return Optional.of(bookingId);
        }
        return previous().filter(keys -> same(qr(keys, bookingId), text)).map(keys -> bookingId);
    }

    public String cancelToken(String bookingId) {
        return encode(hmac(current.cancel(), bookingId));
    }

    public boolean verifyCancelToken(String bookingId, String token) {
        if (token == null) {
            return false;
        }
        return same(cancelToken(bookingId), token)
                || previous().map(keys -> same(encode(hmac(keys.cancel(), bookingId)), token)).orElse(false);
    }

    /** The key of a waiting-list entry's link; signed like a cancel link, for another kind of thing. */
    public String waitingToken(String entryId) {
        return cancelToken(WAITING + entryId);
    }

    public boolean verifyWaitingToken(String entryId, String token) {
        return verifyCancelToken(WAITING + entryId, token);
    }

    /** Proofs live for minutes, so only the current secret signs and checks them. */
    public String signProof(String payload) {
        return encode(hmac(current.proof(), payload));
    }

    private Optional<Keys> previous() {
        return secrets.previousValidAt(clock.instant()).map(Keys::of);
    }

    private static String qr(Keys keys, String bookingId) {
        return QR_PREFIX + bookingId + "." + encode(hmac(keys.qr(), QR_PREFIX + bookingId));
    }

    public static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
