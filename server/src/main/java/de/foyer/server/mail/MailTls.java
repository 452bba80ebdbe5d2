package de.foyer.server.mail;

import java.util.Locale;

/** How the connection to the mail server is protected; anything but NONE checks the certificate and the host name. */
public enum MailTls {
    /** Plain connection upgraded with STARTTLS; a server that does not offer it gets nothing, not even the password. */
    STARTTLS,
    /** TLS from the first byte (usually port 465). */
    SMTPS,
    /** No encryption: only for a relay the operator chose explicitly, e.g. on the same machine. */
    NONE;

    /** Reads FOYER_SMTP_TLS; an unknown word stops the start rather than silently sending in the clear. */
    public static MailTls parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("FOYER_SMTP_TLS must be starttls, smtps or none, not '" + value + "'");
        }
    }
}
