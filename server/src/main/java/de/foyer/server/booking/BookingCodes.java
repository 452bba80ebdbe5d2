package de.foyer.server.booking;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The codes citizens type at the kiosk: ten characters from an alphabet without 0/O, 1/I/L and U,
 * so that nothing read off a phone or a printout can be mistaken (30^10, about 49 bits: guessing
 * one through the rate-limited API is hopeless).
 */
public final class BookingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 10;
    static final int LONGEST_FOREIGN = 40;

    private final SecureRandom random = new SecureRandom();

    public String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The form codes are stored and compared in: upper case, letters and digits only, so that
     * "abcde-fghjk", "ABCDE FGHJK" and another system's "RB-2026/0042" each find their booking.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                code.append(c);
            }
        }
        return code.toString();
    }

    /** Grouped for reading: ABCDE-FGHJK. */
    public static String display(String code) {
        return code.length() == LENGTH ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }
}
