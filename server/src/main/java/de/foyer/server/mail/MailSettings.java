package de.foyer.server.mail;

import java.util.Optional;

/** How to reach the mail server; without a host no mail is sent and the outbox keeps everything. */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password, String from) {

    public static MailSettings off() {
        return new MailSettings(Optional.empty(), 25, Optional.empty(), Optional.empty(), "noreply@localhost");
    }

    public static MailSettings at(String host, int port) {
        return new MailSettings(Optional.of(host), port, Optional.empty(), Optional.empty(), "noreply@localhost");
    }

    public boolean enabled() {
        return host.isPresent();
    }
}
