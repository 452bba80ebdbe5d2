package de.foyer.server.notify;

import java.util.Optional;

/**
 * A phone number as citizens type it, in the international form an SMS gateway wants: spaces,
 * dashes, slashes and brackets go; 00 becomes +; a number that starts with a single 0 is German.
 */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    static Optional<String> international(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.strip().replaceAll("[\\s\\-/().]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = "+49" + digits.substring(1);
        }
        // E.164: a country code and at most 15 digits; fewer than 8 is no one's mobile.
        return digits.matches("\\+[1-9]\\d{7,14}") ? Optional.of(digits) : Optional.empty();
    }
}
