package de.foyer.server.booking;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * One key per mailbox, for the limit of active bookings per address: case folded, "+tag" removed
 * (most providers deliver name+x@ to name@), and for Gmail the dots of the local part too.
 * Spellings of the same characters are one: Unicode compatibility forms are folded (full-width
 * letters, a letter written with a combining mark), and the domain is taken in its IDNA ASCII form,
 * so {@code exämple.org} and {@code xn--exmple-cua.org} are one mailbox. Java's IDN follows
 * IDNA 2003, which also folds ß to ss: two German domains may then share a key, which only ever
 * makes the limit stricter.
 */
public final class EmailKey {

    private static final Set<String> GMAIL = Set.of("gmail.com", "googlemail.com");

    private EmailKey() {
    }

    public static String of(String email) {
        String address = Normalizer.normalize(email.trim(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        String local = address.substring(0, at);
        String domain = ascii(address.substring(at + 1));
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

    private static String ascii(String domain) {
        try {
            return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomainName) {
            // Checked as an address before; a label IDNA refuses (too long, say) keys as written.
            return domain;
        }
    }
}
