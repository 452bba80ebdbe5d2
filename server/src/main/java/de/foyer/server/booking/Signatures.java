package de.foyer.server.booking;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * HMAC-SHA256 signatures from the server's secret: the QR code of a confirmation, the token that
 * cancels a booking, and the proof-of-work salts. Each use has a key of its own derived from the
 * secret, so a signature made for one can never pass as another.
 */
public final class Signatures {

    public static final String QR_PREFIX = "FOYER1.";

    private final byte[] qrKey;
    private final byte[] cancelKey;
    private final byte[] proofKey;

    public Signatures(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("The secret must have at least 128 bits");
        }
        this.qrKey = hmac(secret, "foyer/qr");
        this.cancelKey = hmac(secret, "foyer/cancel");
        this.proofKey = hmac(secret, "foyer/proof");
    }

    /** The QR code's text: FOYER1.&lt;booking id&gt;.&lt;signature&gt;. */
    public String qr(String bookingId) {
        return QR_PREFIX + bookingId + "." + encode(hmac(qrKey, QR_PREFIX + bookingId));
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
        return same(qr(bookingId), text) ? Optional.of(bookingId) : Optional.empty();
    }

    public String cancelToken(String bookingId) {
        return encode(hmac(cancelKey, bookingId));
    }

    public boolean verifyCancelToken(String bookingId, String token) {
        return token != null && same(cancelToken(bookingId), token);
    }

    public String signProof(String payload) {
        return encode(hmac(proofKey, payload));
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
