package de.foyer.server.booking;

import java.util.Locale;
import java.util.Set;

/**
 * One key per mailbox, for the limit of active bookings per address: case folded, "+tag" removed
 * (most providers deliver name+x@ to name@), and for Gmail the dots of the local part too.
 */
public final class EmailKey {

    private static final Set<String> GMAIL = Set.of("gmail.com", "googlemail.com");

    private EmailKey() {
    }

    public static String of(String email) {
        String address = email.trim().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (GMAIL.contains(domain)) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }
}
